namespace ExplainableAI.Plugins.Robustness;

/// <summary>Quantiles of sorted values by linear interpolation between order statistics (type 7 of Hyndman and Fan).</summary>
internal static class Quantile
{
    /// <summary>The quantile.</summary>
    /// <param name="sorted">Values in ascending order, not empty.</param>
    /// <param name="q">From 0 to 1.</param>
    /// <returns>The quantile.</returns>
    public static double Type7(ReadOnlySpan<double> sorted, double q)
    {
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
