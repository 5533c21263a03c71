namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Maps a feature's values to [0, 1] for point colours: linear between the 5th and 95th percentiles of its non-missing values
/// (so a few extreme values do not wash out the rest), clamped; between minimum and maximum when those percentiles coincide;
/// 0.5 for a constant feature; NaN (drawn grey) for missing values.
/// </summary>
internal sealed class ColorScale
{
    private readonly double low;
    private readonly double high;

    private ColorScale(double low, double high)
    {
        this.low = low;
        this.high = high;
    }

    public static ColorScale Of(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0)
        {
            return new ColorScale(0, 0);
        }

        var p5 = Percentile(sorted, 0.05);
        var p95 = Percentile(sorted, 0.95);
        return p95 > p5 ? new ColorScale(p5, p95) : new ColorScale(sorted[0], sorted[^1]);
    }

    /// <summary>Linear interpolation between order statistics at position p·(n − 1) (numpy's default "linear" method).</summary>
    public static double Percentile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    public double Scale(double value) =>
        double.IsNaN(value) ? double.NaN
        : high > low ? Math.Clamp((value - low) / (high - low), 0, 1)
        : 0.5;
}
