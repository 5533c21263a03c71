namespace ExplainableAI.Sdk.Statistics;

/// <summary>
/// The area under the ROC curve as the Mann–Whitney statistic: the probability that a random positive scores above a
/// random negative, ties counting half. Every overload counts wins over runs of tied scores in whole and half units, which
/// a double holds exactly, and divides once, so all of them return the same double for the same rows (the exact ratio,
/// rounded once), whatever the order or weighting they were given in. For DeLong's variance see <see cref="DeLong"/>.
/// </summary>
public static class Auroc
{
    /// <summary>The AUROC of scores against labels, in O(n log n) (one sort of a copy).</summary>
    /// <param name="scores">One score per row, none NaN.</param>
    /// <param name="positive">Per row, 1 for a positive and 0 for a negative.</param>
    /// <returns>The AUROC, or NaN without positives or without negatives.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double Of(ReadOnlySpan<double> scores, ReadOnlySpan<byte> positive)
    {
        if (scores.Length != positive.Length)
        {
            throw new ArgumentException("Scores and labels must have one entry per row.", nameof(positive));
        }

        var keys = scores.ToArray();
        var labels = positive.ToArray();
        Array.Sort(keys, labels);
        return OfSorted(keys, labels, []);
    }

    /// <summary>The AUROC of scores against membership (members are the positives), in O(n log n).</summary>
    /// <param name="scores">One score per row, none NaN.</param>
    /// <param name="positive">Per row, whether it is a positive.</param>
    /// <returns>The AUROC, or NaN without positives or without negatives.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double Of(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive)
    {
        var labels = new byte[positive.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = positive[i] ? (byte)1 : (byte)0;
        }

        return Of(scores, labels);
    }

    /// <summary>
    /// The AUROC of rows already in ascending order of score, each row counted <paramref name="weights"/>[i] times (a
    /// bootstrap resample given as a count per row, 0 leaving the row out): one pass, O(n), no sort. Equal to
    /// <see cref="Of(ReadOnlySpan{double}, ReadOnlySpan{byte})"/> on the rows written out that many times each.
    /// </summary>
    /// <param name="sortedScores">Scores in ascending order, none NaN.</param>
    /// <param name="positive">Per row, 1 for a positive and 0 for a negative.</param>
    /// <param name="weights">Per row, how many times it counts; empty for once each.</param>
    /// <returns>The AUROC, or NaN without positives or without negatives.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double OfSorted(ReadOnlySpan<double> sortedScores, ReadOnlySpan<byte> positive, ReadOnlySpan<int> weights)
    {
        if (positive.Length != sortedScores.Length || (!weights.IsEmpty && weights.Length != sortedScores.Length))
        {
            throw new ArgumentException("Scores, labels and weights must have one entry per row.", nameof(positive));
        }

        double wins = 0;
        long positives = 0;
        long negativesBelow = 0;
        for (var start = 0; start < sortedScores.Length;)
        {
            // A run of tied scores: its positives beat the negatives below it and tie with the negatives in the run.
            long p = 0;
            long q = 0;
            var end = start;
            for (var value = sortedScores[start]; end < sortedScores.Length && sortedScores[end] == value; end++)
            {
                var w = weights.IsEmpty ? 1 : weights[end];
                if (positive[end] != 0)
                {
                    p += w;
                }
                else
                {
                    q += w;
                }
            }

            wins += p * (negativesBelow + (0.5 * q));
            positives += p;
            negativesBelow += q;
            start = end;
        }

        return positives == 0 || negativesBelow == 0 ? double.NaN : wins / ((double)positives * negativesBelow);
    }

    /// <summary>
    /// The AUROC of a categorical feature when each level is scored by its positive rate: in-sample, the best ranking one
    /// categorical feature can give. Levels with equal rates tie; levels without rows are ignored.
    /// </summary>
    /// <param name="positives">Positive rows per level.</param>
    /// <param name="negatives">Negative rows per level.</param>
    /// <returns>The AUROC (at least 0.5), or NaN without positives or without negatives.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double OfLevelRates(ReadOnlySpan<long> positives, ReadOnlySpan<long> negatives)
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

            wins += groupP * (negativesBelow + (0.5 * groupQ));
            totalPositives += groupP;
            negativesBelow += groupQ;
            start = end;
        }

        return totalPositives == 0 || negativesBelow == 0 ? double.NaN : wins / ((double)totalPositives * negativesBelow);
    }

    /// <summary>
    /// The 95 % interval A ± z·SE with Hanley &amp; McNeil's (Radiology 1982) standard error, which needs only the AUROC
    /// and the class sizes: SE² = (A(1 − A) + (n₁ − 1)(Q₁ − A²) + (n₂ − 1)(Q₂ − A²)) / (n₁n₂), Q₁ = A/(2 − A),
    /// Q₂ = 2A²/(1 + A); clipped to [0, 1]. Prefer <see cref="DeLong"/> when the scores are at hand.
    /// </summary>
    /// <param name="auroc">The AUROC.</param>
    /// <param name="positives">Positive rows, n₁.</param>
    /// <param name="negatives">Negative rows, n₂.</param>
    /// <returns>The lower and upper bound.</returns>
    public static (double Lower, double Upper) HanleyMcNeilInterval(double auroc, int positives, int negatives)
    {
        var q1 = auroc / (2 - auroc);
        var q2 = 2 * auroc * auroc / (1 + auroc);
        var variance = ((auroc * (1 - auroc)) + ((positives - 1) * (q1 - (auroc * auroc))) + ((negatives - 1) * (q2 - (auroc * auroc))))
            / ((double)positives * negatives);
        var half = Interval.Z95 * Math.Sqrt(Math.Max(variance, 0));
        return (Math.Max(0, auroc - half), Math.Min(1, auroc + half));
    }
}
