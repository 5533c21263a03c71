using System.Globalization;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// How the plugin writes numbers into evidence tables and chart subtitles, in one place: integers as integers, rates as
/// percentages with one decimal, intervals compactly (<c>0.665 [0.610, 0.720]</c>), changes as <c>before → after</c>,
/// and the real minus sign (U+2212) for negative values, which a hyphen would let a line break split.
/// </summary>
internal static class Cells
{
    /// <summary>The cell of a value that does not exist (no label, no comparable row).</summary>
    public const string NotAvailable = "n/a";

    /// <summary>The cell of a rate withheld for a group below <see cref="SensitiveGroups.MinRows"/> rows.</summary>
    public const string Suppressed = "suppressed";

    /// <summary>An integer.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Integer(int value) => Minus(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A share (0 to 1) as a percentage with one decimal, such as <c>6.4 %</c>; <see cref="NotAvailable"/> for NaN.</summary>
    /// <param name="share">The share.</param>
    /// <returns>The text.</returns>
    public static string Percent(double share) => double.IsNaN(share) ? NotAvailable : Minus(share.ToString("P1", CultureInfo.InvariantCulture));

    /// <summary>A level (a fraction) as a whole percentage, such as <c>5 %</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The text.</returns>
    public static string Level(double level) => Minus(level.ToString("P0", CultureInfo.InvariantCulture));

    /// <summary>A number with a fixed count of decimals; <see cref="NotAvailable"/> for NaN.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimals shown.</param>
    /// <returns>The text.</returns>
    public static string Fixed(double value, int decimals) =>
        double.IsNaN(value) ? NotAvailable : Minus(value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    /// <summary>A measured input value with up to six significant digits, such as <c>−10</c> or <c>0.4321</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string General(double value) => Minus(value.ToString("G6", CultureInfo.InvariantCulture));

    /// <summary>
    /// A value with its interval when it has one, such as <c>0.019 [0.012, 0.027]</c>; the value alone without one, and
    /// <see cref="NotAvailable"/> for NaN.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="interval">The interval, if computed.</param>
    /// <param name="decimals">Decimals shown.</param>
    /// <returns>The text.</returns>
    public static string Interval(double value, (double Lower, double Upper)? interval, int decimals = 3) =>
        double.IsNaN(value) ? NotAvailable
        : interval is { } ci ? $"{Fixed(value, decimals)} [{Fixed(ci.Lower, decimals)}, {Fixed(ci.Upper, decimals)}]"
        : Fixed(value, decimals);

    /// <summary>A change, <c>before → after</c>.</summary>
    /// <param name="before">The value before.</param>
    /// <param name="after">The value after.</param>
    /// <returns>The text.</returns>
    public static string Change(string before, string after) => before + " \u2192 " + after;

    // In invariant numeric text a hyphen is only ever a sign (of the value or of an exponent).
    private static string Minus(string text) => text.Replace('-', '\u2212');
}
