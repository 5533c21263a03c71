using System.Globalization;

namespace ExplainableAI.Reporting.Html;

/// <summary>Formats numbers for reading, always with the invariant culture, so a report looks the same on every machine.</summary>
internal static class DisplayNumber
{
    /// <summary>The text shown where a value is absent.</summary>
    public const string Missing = "—";

    /// <summary>A value with a fixed number of decimals; NaN and infinities are spelled out.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="decimals">Decimals, clamped to 0–10.</param>
    /// <returns>The text.</returns>
    public static string Fixed(double? value, int decimals) => value switch
    {
        null => Missing,
        { } v when double.IsNaN(v) => "NaN",
        { } v when double.IsPositiveInfinity(v) => "∞",
        { } v when double.IsNegativeInfinity(v) => "−∞",
        { } v => Normalize(v.ToString("F" + Math.Clamp(decimals, 0, 10).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
    };

    /// <summary>A confidence interval as <c>[lower, upper]</c>, or <see cref="Missing"/> when either end is absent.</summary>
    /// <param name="lower">Lower end.</param>
    /// <param name="upper">Upper end.</param>
    /// <param name="decimals">Decimals.</param>
    /// <returns>The text.</returns>
    public static string Interval(double? lower, double? upper, int decimals) =>
        lower is null || upper is null ? Missing : $"[{Fixed(lower, decimals)}, {Fixed(upper, decimals)}]";

    /// <summary>A whole number with thousands separators (<c>12,345</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    // "-0.000" reads as a sign error in an audit document.
    private static string Normalize(string text) =>
        text.StartsWith('-') && text.AsSpan(1).IndexOfAnyExcept("0.") < 0 ? text[1..] : text;
}
