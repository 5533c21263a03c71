namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// The AUROC (Mann–Whitney statistic, ties count half) with DeLong's variance (DeLong, DeLong &amp; Clarke-Pearson,
/// Biometrics 1988) from scores sorted once: every positive in a run of tied scores has the same placement value, and so
/// does every negative, so the structural components come from the tie runs in O(n).
/// </summary>
internal static class DeLong
{
    /// <summary>The AUROC and its 95% DeLong interval (normal approximation, clipped to [0, 1]).</summary>
    /// <param name="sortedScores">Scores, ascending.</param>
    /// <param name="positive">1 for positive rows, aligned.</param>
    /// <returns>The estimate; NaN when a class is absent; NaN bounds when a class has fewer than two rows.</returns>
    public static AurocEstimate Compute(ReadOnlySpan<double> sortedScores, ReadOnlySpan<byte> positive)
    {
        long m = 0;
        foreach (var y in positive)
        {
            m += y;
        }

        long n = positive.Length - m;
        if (m == 0 || n == 0)
        {
            return new AurocEstimate(double.NaN, double.NaN, double.NaN, double.NaN, m, n);
        }

        // Pass 1: AUC as the mean placement of positives. V10 of a positive = (negatives below + ½ negatives tied) / n;
        // V01 of a negative = (positives above + ½ positives tied) / m.
        double wins = 0;
        long negativesBelow = 0;
        for (var start = 0; start < sortedScores.Length;)
        {
            var (end, p, q) = Run(sortedScores, positive, start);
            wins += p * (negativesBelow + (0.5 * q));
            negativesBelow += q;
            start = end;
        }

        var auc = wins / ((double)m * n);

        // Pass 2: sample variances (denominators m − 1 and n − 1) of the placements about their mean, which is the AUC
        // for both (DeLong 1988, eq. 4–5); deviations are summed per tie run, so no catastrophic cancellation.
        double s10 = 0;
        double s01 = 0;
        negativesBelow = 0;
        long positivesBelow = 0;
        for (var start = 0; start < sortedScores.Length;)
        {
            var (end, p, q) = Run(sortedScores, positive, start);
            var v10 = (negativesBelow + (0.5 * q)) / n;
            var v01 = (m - positivesBelow - p + (0.5 * p)) / m;
            s10 += p * (v10 - auc) * (v10 - auc);
            s01 += q * (v01 - auc) * (v01 - auc);
            negativesBelow += q;
            positivesBelow += p;
            start = end;
        }

        if (m < 2 || n < 2)
        {
            return new AurocEstimate(auc, double.NaN, double.NaN, double.NaN, m, n);
        }

        var variance = (s10 / (m - 1) / m) + (s01 / (n - 1) / n);
        var half = Wilson.Z95 * Math.Sqrt(variance);
        return new AurocEstimate(auc, variance, Math.Max(0, auc - half), Math.Min(1, auc + half), m, n);
    }

    private static (int End, long Positives, long Negatives) Run(ReadOnlySpan<double> scores, ReadOnlySpan<byte> positive, int start)
    {
        long p = 0;
        var end = start;
        while (end < scores.Length && scores[end] == scores[start])
        {
            p += positive[end];
            end++;
        }

        return (end, p, end - start - p);
    }
}
