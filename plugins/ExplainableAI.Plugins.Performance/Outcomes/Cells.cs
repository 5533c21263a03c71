using System.Globalization;

namespace ExplainableAI.Plugins.Performance;

/// <summary>Table cells and chart values for evidence, formatted with the invariant culture; undefined numbers show as a dash.</summary>
internal static class Cells
{
    /// <summary>A number in a fixed format, or "—" when NaN.</summary>
    /// <param name="value">The number.</param>
    /// <param name="format">A .NET numeric format such as <c>F3</c>.</param>
    /// <returns>The text.</returns>
    public static string Number(double value, string format = "F3") =>
        double.IsNaN(value) ? "—" : value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>An interval written <c>lower–upper</c>, or "—" when it has no bounds.</summary>
    /// <param name="interval">The interval.</param>
    /// <param name="format">A .NET numeric format such as <c>F3</c>.</param>
    /// <returns>The text.</returns>
    public static string Range(Interval interval, string format = "F3") =>
        interval.HasBounds ? $"{Number(interval.Lower, format)}–{Number(interval.Upper, format)}" : "—";

    /// <summary>An evidence metric from an interval.</summary>
    /// <param name="name">The metric's name.</param>
    /// <param name="interval">Its value and bounds.</param>
    /// <param name="threshold">The threshold it was compared with, if any.</param>
    /// <returns>The metric.</returns>
    public static ExplainableAI.Sdk.EvidenceMetric Metric(string name, Interval interval, double? threshold = null) =>
        new(name, interval.Value, interval.LowerOrNull, interval.UpperOrNull, threshold);
}
