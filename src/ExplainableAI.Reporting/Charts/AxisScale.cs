using ExplainableAI.Reporting.Html;

namespace ExplainableAI.Reporting.Charts;

/// <summary>
/// A linear axis with "nice" ticks: steps of 1, 2 or 5 times a power of ten, and a domain widened to whole steps, so
/// tick labels are short round numbers.
/// </summary>
internal sealed class AxisScale
{
    private AxisScale(double min, double max, double step)
    {
        Min = min;
        Max = max;
        Step = step;
    }

    /// <summary>Lower end of the domain.</summary>
    public double Min { get; }

    /// <summary>Upper end of the domain.</summary>
    public double Max { get; }

    /// <summary>Distance between ticks.</summary>
    public double Step { get; }

    /// <summary>Makes a scale covering the finite values, with about <paramref name="targetTicks"/> ticks.</summary>
    /// <param name="values">The data; NaN and infinities are ignored.</param>
    /// <param name="includeZero">Whether the domain must include 0 (bar charts).</param>
    /// <param name="targetTicks">Wanted number of intervals.</param>
    /// <returns>The scale.</returns>
    public static AxisScale Covering(IEnumerable<double> values, bool includeZero, int targetTicks = 5)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                min = Math.Min(min, value);
                max = Math.Max(max, value);
            }
        }

        if (min > max)
        {
            (min, max) = (0, 1);
        }

        if (includeZero)
        {
            min = Math.Min(min, 0);
            max = Math.Max(max, 0);
        }

        if (max - min < 1e-12)
        {
            var pad = Math.Abs(min) > 1e-12 ? Math.Abs(min) * 0.1 : 1;
            min -= pad;
            max += pad;
            if (includeZero && min < 0 && max - pad >= 0)
            {
                min = 0;
            }
        }

        var step = NiceStep((max - min) / targetTicks);
        return new AxisScale(Math.Floor((min / step) + 1e-9) * step, Math.Ceiling((max / step) - 1e-9) * step, step);
    }

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    /// <returns>The ticks.</returns>
    public IReadOnlyList<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        var ticks = new double[count + 1];
        for (var i = 0; i <= count; i++)
        {
            ticks[i] = Min + (i * Step);
        }

        return ticks;
    }

    /// <summary>
    /// Formats a tick by the report's number rules (<see cref="DisplayNumber"/>): as many decimals as the step needs, the
    /// same on every tick of the axis, a real minus sign, and powers of ten beyond 10⁻⁴…10⁶.
    /// </summary>
    /// <param name="value">The tick.</param>
    /// <returns>The label.</returns>
    public string Label(double value)
    {
        if (Step < 1e-4 || Math.Max(Math.Abs(Min), Math.Abs(Max)) >= 1e6)
        {
            return Math.Abs(value) < Step * 1e-9 ? "0" : DisplayNumber.Significant(value, Math.Max(1, (int)Math.Ceiling(Math.Log10(Math.Abs(value) / Step) + 1e-9) + 1));
        }

        return DisplayNumber.Decimals(value, Math.Clamp((int)-Math.Floor(Math.Log10(Step) + 1e-9), 0, 8));
    }

    /// <summary>Maps a value in the domain to a position between <paramref name="from"/> and <paramref name="to"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="from">Position of <see cref="Min"/>.</param>
    /// <param name="to">Position of <see cref="Max"/>.</param>
    /// <returns>The position.</returns>
    public double Map(double value, double from, double to) => from + ((value - Min) / (Max - Min) * (to - from));

    private static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
