namespace ExplainableAI.Plugins.Performance;

/// <summary>Percentile bootstrap intervals.</summary>
internal static class Percentile
{
    /// <summary>The 2.5th and 97.5th percentiles (linear interpolation between order statistics, like NumPy's default) of the non-NaN values.</summary>
    /// <param name="estimate">The point estimate on the original data.</param>
    /// <param name="replicates">Bootstrap replicates; sorted in place; NaN replicates (metric undefined in that resample) are left out.</param>
    /// <returns>The estimate with its 95% percentile interval; NaN bounds when no replicate is defined.</returns>
    public static Interval Interval95(double estimate, Span<double> replicates)
    {
        var n = 0;
        for (var i = 0; i < replicates.Length; i++)
        {
            if (!double.IsNaN(replicates[i]))
            {
                replicates[n++] = replicates[i];
            }
        }

        if (n == 0 || double.IsNaN(estimate))
        {
            return new Interval(estimate, double.NaN, double.NaN);
        }

        var sorted = replicates[..n];
        sorted.Sort();
        return new Interval(estimate, At(sorted, 0.025), At(sorted, 0.975));
    }

    private static double At(ReadOnlySpan<double> sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
