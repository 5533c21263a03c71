using System.Globalization;

namespace ExplainableAI.Reporting.Html;

/// <summary>
/// Formats numbers for reading with a given culture (the report language's, see <see cref="ReportCulture"/>), or the
/// invariant culture when none is given, so a report looks the same on every machine.
/// </summary>
internal static class DisplayNumber
{
    /// <summary>The text shown where a value is absent.</summary>
    public const string Missing = "—";

    /// <summary>A value with a fixed number of decimals; NaN and infinities are spelled out.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="decimals">Decimals, clamped to 0–10.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Fixed(double? value, int decimals, CultureInfo? culture = null) => value switch
    {
        null => Missing,
        { } v when double.IsNaN(v) => "NaN",
        { } v when double.IsPositiveInfinity(v) => "∞",
        { } v when double.IsNegativeInfinity(v) => "−∞",
        { } v => Normalize(v.ToString("F" + Math.Clamp(decimals, 0, 10).ToString(CultureInfo.InvariantCulture), culture ?? CultureInfo.InvariantCulture), culture ?? CultureInfo.InvariantCulture),
    };

    /// <summary>A value as written in a registration: as many digits as it has (up to 10), no trailing zeros.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string General(double? value, CultureInfo? culture = null) =>
        value is { } v && double.IsFinite(v) ? Normalize(v.ToString("G10", culture ?? CultureInfo.InvariantCulture), culture ?? CultureInfo.InvariantCulture) : Fixed(value, 0, culture);

    /// <summary>A value with its interval, <c>0.665 [0.61, 0.72]</c>; the value alone when there is no interval.</summary>
    /// <param name="value">The value.</param>
    /// <param name="lower">Lower end.</param>
    /// <param name="upper">Upper end.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string WithInterval(double? value, double? lower, double? upper, CultureInfo? culture = null) =>
        lower is null || upper is null ? General(value, culture) : $"{General(value, culture)} {Interval(lower, upper, culture)}";

    /// <summary>An interval as <c>[lower, upper]</c>, or <see cref="Missing"/> when either end is absent.</summary>
    /// <param name="lower">Lower end.</param>
    /// <param name="upper">Upper end.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Interval(double? lower, double? upper, CultureInfo? culture = null) =>
        lower is null || upper is null ? Missing : $"[{General(lower, culture)}, {General(upper, culture)}]";

    /// <summary>An interval as <c>[lower, upper]</c> with fixed decimals, or <see cref="Missing"/> when either end is absent.</summary>
    /// <param name="lower">Lower end.</param>
    /// <param name="upper">Upper end.</param>
    /// <param name="decimals">Decimals.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Interval(double? lower, double? upper, int decimals, CultureInfo? culture = null) =>
        lower is null || upper is null ? Missing : $"[{Fixed(lower, decimals, culture)}, {Fixed(upper, decimals, culture)}]";

    /// <summary>A whole number with the culture's thousands separators (<c>12,345</c>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Count(long value, CultureInfo? culture = null) => value.ToString("N0", culture ?? CultureInfo.InvariantCulture);

    // "-0.000" reads as a sign error in an audit document.
    private static string Normalize(string text, CultureInfo culture)
    {
        var format = culture.NumberFormat;
        return text.StartsWith(format.NegativeSign, StringComparison.Ordinal)
            && text.AsSpan(format.NegativeSign.Length).IndexOfAnyExcept("0" + format.NumberDecimalSeparator) < 0
            ? text[format.NegativeSign.Length..]
            : text;
    }
}
