namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>
/// The first Wasserstein (earth mover's) distance between two empirical distributions, as scipy's
/// <c>wasserstein_distance(u, v)</c>: ∫ |F_u(t) − F_v(t)| dt, evaluated exactly between consecutive pooled values.
/// </summary>
internal static class Wasserstein
{
    /// <summary>W₁ of two sorted samples without NaN.</summary>
    public static double Distance(ReadOnlySpan<double> first, ReadOnlySpan<double> second) =>
        SortedComparison.Of(first, second).Wasserstein;

    /// <summary>W₁ divided by max(reference population standard deviation (ddof 0), 0.001), Evidently's normed Wasserstein.</summary>
    public static double Normed(double distance, double referenceStandardDeviation) =>
        distance / Math.Max(referenceStandardDeviation, 0.001);

    /// <summary>The population standard deviation (ddof 0) by two passes, as numpy's <c>std</c>.</summary>
    public static double PopulationStandardDeviation(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= values.Length;
        var squares = 0.0;
        foreach (var v in values)
        {
            var d = v - mean;
            squares += d * d;
        }

        return Math.Sqrt(squares / values.Length);
    }
}
