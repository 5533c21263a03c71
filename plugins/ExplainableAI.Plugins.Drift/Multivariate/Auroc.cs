namespace ExplainableAI.Plugins.Drift.Multivariate;

/// <summary>The area under the ROC curve and its Hanley–McNeil confidence interval.</summary>
internal static class Auroc
{
    /// <summary>
    /// AUROC as the Mann–Whitney statistic: the probability that a random positive scores above a random negative, ties
    /// counting half. O(n log n): one sort, then the average rank of each tied group.
    /// </summary>
    /// <param name="scores">Scores.</param>
    /// <param name="positive">Class of each row.</param>
    /// <returns>The AUROC, or NaN when a class is absent.</returns>
    public static double Compute(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive)
    {
        var n = scores.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var keys = scores.ToArray();
        Array.Sort(keys, order);
        double positives = 0, rankSum = 0;
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            var averageRank = ((start + 1) + end) / 2.0;
            for (var k = start; k < end; k++)
            {
                if (positive[order[k]])
                {
                    positives++;
                    rankSum += averageRank;
                }
            }

            start = end;
        }

        var negatives = n - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        return (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }

    /// <summary>
    /// The 95 % interval A ± 1.96·SE with Hanley &amp; McNeil's (1982) standard error:
    /// SE² = (A(1 − A) + (n₁ − 1)(Q₁ − A²) + (n₂ − 1)(Q₂ − A²)) / (n₁n₂), Q₁ = A/(2 − A), Q₂ = 2A²/(1 + A).
    /// </summary>
    public static (double Lower, double Upper) HanleyMcNeilInterval(double auroc, int positives, int negatives)
    {
        var q1 = auroc / (2 - auroc);
        var q2 = 2 * auroc * auroc / (1 + auroc);
        var variance = ((auroc * (1 - auroc)) + ((positives - 1) * (q1 - (auroc * auroc))) + ((negatives - 1) * (q2 - (auroc * auroc))))
            / ((double)positives * negatives);
        var half = 1.959963984540054 * Math.Sqrt(Math.Max(variance, 0));
        return (Math.Max(0, auroc - half), Math.Min(1, auroc + half));
    }
}
