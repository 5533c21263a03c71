using System.Globalization;
using System.Text;

namespace ExplainableAI.Reporting.Html;

/// <summary>
/// Formats numbers for reading, by one set of rules for every table, sentence and chart of the report, with a given
/// culture (the report language's, see <see cref="ReportCulture"/>) or the invariant culture when none is given, so a
/// report looks the same on every machine.
/// </summary>
/// <remarks>
/// The rules: a whole number is written as one (<c>1,345</c>, never <c>1345.0000</c>), with the culture's thousands
/// separators; a negative number starts with a real minus sign (U+2212), and a value that rounds to zero never shows one;
/// plain notation from 10⁻⁴ up to 10⁶ and <c>3.77 × 10⁻³⁹</c> beyond; an interval shares one number of decimals between
/// its ends (and its estimate), so <c>0.665 [0.610, 0.720]</c> lines up. The texts are plain: where they go into HTML,
/// <c>&lt;</c> in a p-value must still be escaped.
/// </remarks>
internal static class DisplayNumber
{
    /// <summary>The text shown where a value is absent.</summary>
    public const string Missing = "—";

    /// <summary>The minus sign of every negative number (U+2212), wider than a hyphen and never taken for a dash.</summary>
    public const char MinusSign = '\u2212';

    private const double PlainFrom = 1e-4;
    private const double PlainTo = 1e6;

    // Beyond 10¹⁵ doubles stop holding every integer, so larger whole values are measurements, not counts.
    private const double LargestInteger = 1e15;

    /// <summary>A value with a fixed number of decimals, or as an integer when it is a whole number.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="decimals">Decimals, clamped to 0–10.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text: <c>0.1120</c>, <c>1,345</c>, <c>−0.0400</c>; <c>NaN</c>, <c>∞</c>, <c>−∞</c>; <see cref="Missing"/> for null.</returns>
    public static string Fixed(double? value, int decimals, CultureInfo? culture = null) => value switch
    {
        null => Missing,
        { } v when !double.IsFinite(v) => NonFinite(v),
        { } v when IsInteger(v) => Integer(v, culture),
        { } v => Decimals(v, decimals, culture),
    };

    /// <summary>A value with exactly <paramref name="decimals"/> decimals, whole numbers included (axis ticks: <c>0.0, 0.5, 1.0</c>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimals, clamped to 0–10.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Decimals(double value, int decimals, CultureInfo? culture = null)
    {
        if (!double.IsFinite(value))
        {
            return NonFinite(value);
        }

        // Halves round away from zero, as readers round by hand (12.25 → 12.3), not to even as the formatter would.
        decimals = Math.Clamp(decimals, 0, 10);
        var format = (culture ?? CultureInfo.InvariantCulture).NumberFormat;
        var text = Math.Round(Math.Abs(value), decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), format);

        // "−0.000" reads as a sign error in an audit document: a value that rounds to zero has no sign.
        var zero = text.AsSpan().IndexOfAnyExcept("0" + format.NumberDecimalSeparator + format.NumberGroupSeparator) < 0;
        return value < 0 && !zero ? MinusSign + text : text;
    }

    /// <summary>
    /// A value as written in a registration or a configuration: as many digits as it has (up to 10 significant), no
    /// trailing zeros; scientific notation outside 10⁻⁴ to 10⁶.
    /// </summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text: <c>30</c>, <c>0.35</c>, <c>2.5 × 10⁻⁷</c>.</returns>
    public static string General(double? value, CultureInfo? culture = null) => value switch
    {
        null => Missing,
        { } v when !double.IsFinite(v) => NonFinite(v),
        { } v when IsInteger(v) => Integer(v, culture),
        { } v when IsPlain(v) => TrimZeros(Decimals(v, DecimalsFor(v, 10), culture), culture),
        { } v => Scientific(v, 10, trim: true, culture),
    };

    /// <summary>
    /// A computed value with three significant digits (the default for estimates, rates and attributions): whole numbers
    /// in full, the integer part never rounded away, trailing zeros kept because they state the precision.
    /// </summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text: <c>0.350</c>, <c>12.3</c>, <c>1,235</c>, <c>−0.0421</c>, <c>3.77 × 10⁻³⁹</c>.</returns>
    public static string Pretty(double? value, CultureInfo? culture = null) => Significant(value, 3, culture);

    /// <summary>A computed value with <paramref name="digits"/> significant digits, by the rules of <see cref="Pretty"/>.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="digits">Significant digits, clamped to 1–15.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Significant(double? value, int digits, CultureInfo? culture = null)
    {
        digits = Math.Clamp(digits, 1, 15);
        return value switch
        {
            null => Missing,
            { } v when !double.IsFinite(v) => NonFinite(v),
            { } v when IsInteger(v) => Integer(v, culture),
            { } v when IsPlain(v) => Decimals(v, DecimalsFor(v, digits), culture),
            { } v => Scientific(v, digits, trim: false, culture),
        };
    }

    /// <summary>
    /// A p-value: three decimals, <c>&lt; 0.001</c> below 0.001 and <c>&gt; 0.999</c> just below 1, so a test never reads
    /// as exactly 0 or 1 when it is not; a value outside [0, 1] is not a probability and is shown as it is.
    /// </summary>
    /// <param name="p">The p-value, or <see langword="null"/>.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text: <c>&lt; 0.001</c>, <c>0.049</c>, <c>0.500</c>, <c>&gt; 0.999</c> (from 0.9995, which would round to 1), <c>1</c>.</returns>
    public static string PValue(double? p, CultureInfo? culture = null) => p switch
    {
        null => Missing,
        { } v when !double.IsFinite(v) || v < 0 || v > 1 => Pretty(v, culture),
        { } v when v < 0.001 => "< " + Decimals(0.001, 3, culture),
        { } v when v is >= 0.9995 and < 1 => "> " + Decimals(0.999, 3, culture),
        1 => "1",
        { } v => Decimals(v, 3, culture),
    };

    /// <summary>
    /// An estimate with its interval, <c>0.665 [0.610, 0.720]</c>: the three share the decimals that give the largest of
    /// them three significant digits. Without a finite interval, the estimate alone (<see cref="Pretty"/>).
    /// </summary>
    /// <param name="value">The estimate, or <see langword="null"/>.</param>
    /// <param name="lower">Lower end, or <see langword="null"/>.</param>
    /// <param name="upper">Upper end, or <see langword="null"/>.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string WithInterval(double? value, double? lower, double? upper, CultureInfo? culture = null)
    {
        if (value is not { } v || !double.IsFinite(v) || lower is not { } l || upper is not { } u || !double.IsFinite(l) || !double.IsFinite(u))
        {
            return Pretty(value, culture);
        }

        var parts = Shared([v, l, u], culture);
        return $"{parts[0]} [{parts[1]}, {parts[2]}]";
    }

    /// <summary>An interval alone, <c>[0.610, 0.720]</c> or <c>[−0.034, −0.020]</c>, its ends sharing decimals as in <see cref="WithInterval"/>.</summary>
    /// <param name="lower">Lower end, or <see langword="null"/>.</param>
    /// <param name="upper">Upper end, or <see langword="null"/>.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text, or <see cref="Missing"/> when either end is absent or not finite.</returns>
    public static string PrettyInterval(double? lower, double? upper, CultureInfo? culture = null)
    {
        if (lower is not { } l || upper is not { } u || !double.IsFinite(l) || !double.IsFinite(u))
        {
            return Missing;
        }

        var parts = Shared([l, u], culture);
        return $"[{parts[0]}, {parts[1]}]";
    }

    /// <summary>A confidence interval as <c>[lower, upper]</c> with fixed decimals (integers when both ends are whole), or <see cref="Missing"/> when either end is absent.</summary>
    /// <param name="lower">Lower end.</param>
    /// <param name="upper">Upper end.</param>
    /// <param name="decimals">Decimals.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Interval(double? lower, double? upper, int decimals, CultureInfo? culture = null)
    {
        if (lower is not { } l || upper is not { } u)
        {
            return Missing;
        }

        return IsInteger(l) && IsInteger(u)
            ? $"[{Integer(l, culture)}, {Integer(u, culture)}]"
            : $"[{Decimals(l, decimals, culture)}, {Decimals(u, decimals, culture)}]";
    }

    /// <summary>A whole number with the culture's thousands separators (<c>12,345</c>, <c>−3</c>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="culture">The culture; invariant when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Count(long value, CultureInfo? culture = null)
    {
        var text = Math.Abs((decimal)value).ToString("N0", culture ?? CultureInfo.InvariantCulture);
        return value < 0 ? MinusSign + text : text;
    }

    private static bool IsInteger(double value) => Math.Abs(value) < LargestInteger && value == Math.Floor(value);

    private static bool IsPlain(double value) => Math.Abs(value) is >= PlainFrom and < PlainTo;

    private static string Integer(double value, CultureInfo? culture) => Count((long)value, culture);

    private static string NonFinite(double value) => double.IsNaN(value) ? "NaN" : value > 0 ? "∞" : "−∞";

    // The decimals that give |value| (in the plain range) the wanted significant digits, never rounding the integer part;
    // one fewer when rounding carries into a new digit (0.9996 → 1.00, not 1.000).
    private static int DecimalsFor(double value, int digits)
    {
        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = Math.Clamp(digits - 1 - magnitude, 0, 15);
        var rounded = Math.Round(Math.Abs(value), decimals, MidpointRounding.AwayFromZero);
        return decimals > 0 && rounded > 0 && Math.Floor(Math.Log10(rounded)) > magnitude ? decimals - 1 : decimals;
    }

    private static string[] Shared(double[] values, CultureInfo? culture)
    {
        if (values.All(IsInteger))
        {
            return [.. values.Select(v => Integer(v, culture))];
        }

        var largest = values.Max(Math.Abs);
        if (!IsPlain(largest))
        {
            return [.. values.Select(v => Pretty(v, culture))];
        }

        var decimals = DecimalsFor(largest, 3);
        return [.. values.Select(v => Decimals(v, decimals, culture))];
    }

    private static string TrimZeros(string text, CultureInfo? culture)
    {
        var separator = (culture ?? CultureInfo.InvariantCulture).NumberFormat.NumberDecimalSeparator;
        return text.Contains(separator, StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd(separator.ToCharArray()) : text;
    }

    // m × 10ⁿ with superscript digits, as printed in journals, rather than E-notation.
    private static string Scientific(double value, int digits, bool trim, CultureInfo? culture)
    {
        var exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var mantissa = Math.Round(value / Math.Pow(10, exponent), digits - 1, MidpointRounding.AwayFromZero);
        if (Math.Abs(mantissa) >= 10)
        {
            exponent++;
            mantissa /= 10;
        }

        var text = Decimals(mantissa, digits - 1, culture);
        if (trim)
        {
            text = TrimZeros(text, culture);
        }

        var power = new StringBuilder(" × 10");
        foreach (var ch in exponent.ToString(CultureInfo.InvariantCulture))
        {
            power.Append(ch == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹"[ch - '0']);
        }

        return text + power;
    }
}
