using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// Row-level bootstrap of the score-based metrics of one group (AUROC, Brier score, ECE, calibration in the large): each
/// resample draws the group's size in rows with replacement, kept as a count per row so that the rows stay in score order
/// and every metric is a weighted pass over the sorted scores (O(n) per resample, no re-sort; the AUROC is the SDK's
/// <see cref="Auroc.OfSorted"/>).
/// </summary>
internal static class GroupScoreBootstrap
{
    /// <summary>The metrics of one group: the point estimate on its rows.</summary>
    /// <param name="sortedScores">The group's scores, ascending.</param>
    /// <param name="positive">1 for positive rows, aligned.</param>
    /// <param name="probabilities">Whether the scores are probabilities (else the calibration metrics are NaN).</param>
    /// <param name="bins">Equal-width bins of the ECE.</param>
    /// <returns>The metrics.</returns>
    public static ScoreMetrics Point(ReadOnlySpan<double> sortedScores, ReadOnlySpan<byte> positive, bool probabilities, int bins)
    {
        var weights = new int[sortedScores.Length];
        Array.Fill(weights, 1);
        return Of(sortedScores, positive, weights, probabilities, bins);
    }

    /// <summary>Bootstrap replicates of the metrics of one group.</summary>
    /// <param name="sortedScores">The group's scores, ascending.</param>
    /// <param name="positive">1 for positive rows, aligned.</param>
    /// <param name="probabilities">Whether the scores are probabilities.</param>
    /// <param name="bins">Equal-width bins of the ECE.</param>
    /// <param name="random">The seeded random source (seeds a <see cref="FastRandom"/> for the row draws).</param>
    /// <param name="replicates">Receives one <see cref="ScoreMetrics"/> per resample (its length is the number of resamples).</param>
    /// <param name="cancellationToken">Cancels the loop.</param>
    public static void Resample(ReadOnlySpan<double> sortedScores, ReadOnlySpan<byte> positive, bool probabilities, int bins, Random random, Span<ScoreMetrics> replicates, CancellationToken cancellationToken)
    {
        var n = sortedScores.Length;
        var weights = new int[n];
        var fast = new FastRandom(random);
        for (var b = 0; b < replicates.Length; b++)
        {
            if ((b & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Array.Clear(weights);
            for (var i = 0; i < n; i++)
            {
                weights[fast.NextBelow(n)]++;
            }

            replicates[b] = Of(sortedScores, positive, weights, probabilities, bins);
        }
    }

    /// <summary>The metrics of rows taken with multiplicities: row i counts <paramref name="weights"/>[i] times.</summary>
    /// <param name="scores">Scores, ascending.</param>
    /// <param name="positive">1 for positive rows, aligned.</param>
    /// <param name="weights">How often each row is taken (0 leaves it out).</param>
    /// <param name="probabilities">Whether the scores are probabilities.</param>
    /// <param name="binCount">Equal-width bins of the ECE.</param>
    /// <returns>The metrics; equal to those of the rows written out <paramref name="weights"/>[i] times each.</returns>
    public static ScoreMetrics Of(ReadOnlySpan<double> scores, ReadOnlySpan<byte> positive, ReadOnlySpan<int> weights, bool probabilities, int binCount)
    {
        var auroc = Auroc.OfSorted(scores, positive, weights);
        if (!probabilities)
        {
            return new ScoreMetrics(auroc, double.NaN, double.NaN, double.NaN);
        }

        Span<long> binPositives = stackalloc long[binCount];
        Span<double> binScores = stackalloc double[binCount];
        long total = 0;
        double squares = 0;
        double residual = 0;
        for (var start = 0; start < scores.Length;)
        {
            // A run of tied scores, summed as one term (p positives and q negatives at one score).
            long p = 0;
            long q = 0;
            var end = start;
            var score = scores[start];
            while (end < scores.Length && scores[end] == score)
            {
                if (positive[end] != 0)
                {
                    p += weights[end];
                }
                else
                {
                    q += weights[end];
                }

                end++;
            }

            total += p + q;
            if (p + q > 0)
            {
                squares += (p * (1 - score) * (1 - score)) + (q * score * score);
                residual += p - ((p + q) * score);
                var bin = Math.Min((int)(score * binCount), binCount - 1);
                binPositives[bin] += p;
                binScores[bin] += (p + q) * score;
            }

            start = end;
        }

        if (total == 0)
        {
            return new ScoreMetrics(auroc, double.NaN, double.NaN, double.NaN);
        }

        // ECE = Σ_b (n_b / N)·|positives_b / n_b − score sum_b / n_b| = Σ_b |positives_b − score sum_b| / N.
        double ece = 0;
        for (var b = 0; b < binCount; b++)
        {
            ece += Math.Abs(binPositives[b] - binScores[b]) / total;
        }

        return new ScoreMetrics(auroc, squares / total, ece, residual / total);
    }
}
