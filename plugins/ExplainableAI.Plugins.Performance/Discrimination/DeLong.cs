namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// The AUROC (Mann–Whitney statistic, ties count half) with DeLong's variance (DeLong, DeLong &amp; Clarke-Pearson,
/// Biometrics 1988) from scores sorted once, through the SDK's <see cref="Sdk.DeLong"/>: O(n).
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

        // The placements and their variance are the SDK's, shared with the robustness probes' paired intervals.
        var ascending = new int[sortedScores.Length];
        for (var i = 0; i < ascending.Length; i++)
        {
            ascending[i] = i;
        }

        var placements = new double[sortedScores.Length];
        var auc = Sdk.DeLong.Placements(sortedScores, positive, ascending, placements);
        if (m < 2 || n < 2)
        {
            return new AurocEstimate(auc, double.NaN, double.NaN, double.NaN, m, n);
        }

        var variance = Sdk.DeLong.Covariance(placements, placements, positive, auc, auc);
        var half = Wilson.Z95 * Math.Sqrt(variance);
        return new AurocEstimate(auc, variance, Math.Max(0, auc - half), Math.Min(1, auc + half), m, n);
    }
}
