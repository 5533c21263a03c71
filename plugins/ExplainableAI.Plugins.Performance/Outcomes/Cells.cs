using System.Globalization;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// Table cells and evidence metrics, formatted with the invariant culture in one place: integers as integers, a real minus
/// sign (U+2212) for negatives, intervals compactly as <c>0.665 [0.610, 0.720]</c>, undefined numbers as a dash.
/// </summary>
internal static class Cells
{
    /// <summary>The marker written after an estimate whose interval collapsed to one point.</summary>
    public const string DegenerateMarker = "[degenerate]";

    /// <summary>The minus sign written before negative numbers (U+2212, not the hyphen).</summary>
    public const char Minus = '\u2212';

    /// <summary>A number in a fixed format with a real minus sign, or "—" when NaN.</summary>
    /// <param name="value">The number.</param>
    /// <param name="format">A .NET numeric format such as <c>F3</c>.</param>
    /// <returns>The text.</returns>
    public static string Number(double value, string format = "F3")
    {
        if (double.IsNaN(value))
        {
            return "—";
        }

        var text = value.ToString(format, CultureInfo.InvariantCulture);
        // A negative that rounds to zero ("-0.000") is zero.
        return text[0] != '-' ? text : text.AsSpan(1).ContainsAnyExcept('0', '.') ? Minus + text[1..] : text[1..];
    }

    /// <summary>A count, as an integer.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The text.</returns>
    public static string Count(long count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// An estimate with its interval, <c>0.665 [0.610, 0.720]</c>; the estimate alone without an interval, and
    /// <c>1.000 [degenerate]</c> when the interval collapsed to one point (it says nothing about uncertainty).
    /// </summary>
    /// <param name="interval">The estimate and interval.</param>
    /// <param name="format">A .NET numeric format such as <c>F3</c>.</param>
    /// <returns>The text.</returns>
    public static string WithInterval(Interval interval, string format = "F3") =>
        double.IsNaN(interval.Value) ? "—"
        : interval.IsDegenerate ? $"{Number(interval.Value, format)} {DegenerateMarker}"
        : interval.HasBounds ? $"{Number(interval.Value, format)} [{Number(interval.Lower, format)}, {Number(interval.Upper, format)}]"
        : Number(interval.Value, format);

    /// <summary>An evidence metric from an interval; a degenerate interval is left out (see <see cref="Interval.Published"/>).</summary>
    /// <param name="name">The metric's snake_case identifier.</param>
    /// <param name="interval">Its value and bounds.</param>
    /// <param name="threshold">The threshold it was compared with, if any.</param>
    /// <returns>The metric.</returns>
    public static ExplainableAI.Sdk.EvidenceMetric Metric(string name, Interval interval, double? threshold = null)
    {
        var published = interval.Published;
        return new(name, published.Value, published.LowerOrNull, published.UpperOrNull, threshold);
    }
}
