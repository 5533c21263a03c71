namespace ExplainableAI.Sdk.Statistics;

/// <summary>
/// Quantiles of a sorted sample by linear interpolation between order statistics: type 7 of Hyndman &amp; Fan (1996), the
/// default of R's <c>quantile</c> and of numpy's <c>np.quantile(x, q, method="linear")</c>, rounded as numpy does.
/// </summary>
public static class Quantile
{
    /// <summary>The q-quantile: at virtual index h = (n − 1)q, interpolate between x[⌊h⌋] and x[⌊h⌋ + 1].</summary>
    /// <param name="sorted">The sample in ascending order, without NaN, not empty.</param>
    /// <param name="q">The probability, 0 to 1.</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentException">The sample is empty.</exception>
    public static double Linear(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("The sample is empty.", nameof(sorted));
        }

        var h = (sorted.Length - 1) * q;
        var lower = (int)Math.Floor(h);
        if (lower >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        var t = h - lower;
        var a = sorted[lower];
        var b = sorted[lower + 1];

        // numpy's _lerp: from the nearer end, so the result is monotone in t and exact at t = 1.
        var diff = b - a;
        return t >= 0.5 ? b - (diff * (1 - t)) : a + (diff * t);
    }
}
