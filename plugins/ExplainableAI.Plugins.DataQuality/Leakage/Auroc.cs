namespace ExplainableAI.Plugins.DataQuality;

/// <summary>
/// The area under the ROC curve as the Mann–Whitney statistic: the probability that a random positive scores above a
/// random negative, ties counted half. Computed from groups of tied scores after one sort, so O(n log n).
/// </summary>
internal static class Auroc
{
    /// <summary>The AUROC of scores against labels; sorts both spans together in place.</summary>
    /// <param name="scores">Scores, none NaN.</param>
    /// <param name="positive">1 for a positive row, 0 for a negative one, aligned with <paramref name="scores"/>.</param>
    /// <returns>The AUROC, or NaN when there are no positives or no negatives.</returns>
    public static double FromScores(Span<double> scores, Span<byte> positive)
    {
        if (scores.Length != positive.Length)
        {
            throw new ArgumentException("Scores and labels must have one entry per row.", nameof(positive));
        }

        scores.Sort(positive);
        double wins = 0;
        long positives = 0;
        long negativesBelow = 0;
        for (var start = 0; start < scores.Length;)
        {
            long p = 0;
            long q = 0;
            var end = start;
            while (end < scores.Length && scores[end] == scores[start])
            {
                if (positive[end] != 0)
                {
                    p++;
                }
                else
                {
                    q++;
                }

                end++;
            }

            wins += (p * (double)negativesBelow) + (0.5 * p * q);
            positives += p;
            negativesBelow += q;
            start = end;
        }

        return Ratio(wins, positives, negativesBelow);
    }

    /// <summary>
    /// The AUROC of a categorical feature when each level is scored by its positive rate: in-sample, the best ranking
    /// one categorical feature can give. Levels with equal rates tie.
    /// </summary>
    /// <param name="positives">Positive rows per level.</param>
    /// <param name="negatives">Negative rows per level.</param>
    /// <returns>The AUROC (at least 0.5), or NaN when there are no positives or no negatives.</returns>
    public static double FromLevelRates(ReadOnlySpan<long> positives, ReadOnlySpan<long> negatives)
    {
        if (positives.Length != negatives.Length)
        {
            throw new ArgumentException("Positive and negative counts must have one entry per level.", nameof(negatives));
        }

        var p = positives.ToArray();
        var q = negatives.ToArray();
        var order = new int[p.Length];
        var n = 0;
        for (var i = 0; i < p.Length; i++)
        {
            if (p[i] + q[i] > 0)
            {
                order[n++] = i;
            }
        }

        // Rates compared by cross-multiplication, so equal rates tie exactly (1/3 and 2/6) with no rounding.
        Array.Sort(order, 0, n, Comparer<int>.Create((a, b) => (p[a] * (q[b] + p[b])).CompareTo(p[b] * (q[a] + p[a]))));
        double wins = 0;
        long totalPositives = 0;
        long negativesBelow = 0;
        for (var start = 0; start < n;)
        {
            long groupP = 0;
            long groupQ = 0;
            var end = start;
            while (end < n && p[order[end]] * (q[order[start]] + p[order[start]]) == p[order[start]] * (q[order[end]] + p[order[end]]))
            {
                groupP += p[order[end]];
                groupQ += q[order[end]];
                end++;
            }

            wins += (groupP * (double)negativesBelow) + (0.5 * groupP * groupQ);
            totalPositives += groupP;
            negativesBelow += groupQ;
            start = end;
        }

        return Ratio(wins, totalPositives, negativesBelow);
    }

    private static double Ratio(double wins, long positives, long negatives) =>
        positives == 0 || negatives == 0 ? double.NaN : wins / (positives * (double)negatives);
}
