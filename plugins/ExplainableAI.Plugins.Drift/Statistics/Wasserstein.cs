namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>
/// The first Wasserstein (earth mover's) distance between two empirical distributions, as scipy's
/// <c>wasserstein_distance(u, v)</c>: ∫ |F_u(t) − F_v(t)| dt, evaluated exactly between consecutive pooled values.
/// </summary>
internal static class Wasserstein
{
    /// <summary>W₁ of two sorted samples without NaN.</summary>
    public static double Distance(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        if (first.IsEmpty || second.IsEmpty)
        {
            throw new ArgumentException("Both samples need at least one value.", first.IsEmpty ? nameof(first) : nameof(second));
        }

        int n1 = first.Length, n2 = second.Length;
        int i = 0, j = 0;
        var sum = 0.0;
        var previous = double.NaN;
        var gap = 0.0;
        while (i < n1 || j < n2)
        {
            var v = i < n1 && (j >= n2 || first[i] <= second[j]) ? first[i] : second[j];
            if (!double.IsNaN(previous))
            {
                // Between the previous pooled value and v both ECDFs are constant.
                sum += gap * (v - previous);
            }

            while (i < n1 && first[i] == v)
            {
                i++;
            }

            while (j < n2 && second[j] == v)
            {
                j++;
            }

            gap = Math.Abs(((double)i / n1) - ((double)j / n2));
            previous = v;
        }

        return sum;
    }

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
