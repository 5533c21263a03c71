using System.Globalization;
using System.Text;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Numbers as a reader sees them in chart titles, subtitles, labels and table cells: integers as integers; otherwise
/// plain decimals to a number of significant digits (all digits left of the point are kept, so 12345.6 is 12346);
/// values below 10⁻³ in magnitude as <c>9.27 × 10⁻⁵</c>; a real minus sign (U+2212). Trailing zeros are dropped unless
/// dropping them would make an inexact value look like an integer (0.99999 is <c>1.00</c>, never <c>1</c>).
/// </summary>
internal static class NumberText
{
    /// <summary>The minus sign of typeset text (U+2212), not the hyphen of machine-readable output.</summary>
    public const char Minus = '\u2212';

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Below this magnitude a plain decimal has too many leading zeros to read.</summary>
    private const double Tiny = 1e-3;

    public static string Format(double value, int digits = 3)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : Minus + "∞";
        }

        var sign = value < 0 ? Minus.ToString() : string.Empty;
        var magnitude = Math.Abs(value);
        if (magnitude == Math.Floor(magnitude) && magnitude < 1e15)
        {
            return sign + magnitude.ToString("F0", CultureInfo.InvariantCulture);
        }

        return sign + (magnitude < Tiny ? Scientific(magnitude, digits) : Decimal(magnitude, digits));
    }

    private static string Decimal(double magnitude, int digits)
    {
        var exponent = (int)Math.Floor(Math.Log10(magnitude));
        var text = Fixed(magnitude, Math.Max(0, digits - 1 - exponent));
        var rounded = double.Parse(text, CultureInfo.InvariantCulture);
        if (rounded > 0 && (int)Math.Floor(Math.Log10(rounded)) > exponent)
        {
            // 9.996 rounds to 10.00: one digit fewer after the point keeps the significant digits.
            text = Fixed(magnitude, Math.Max(0, digits - 2 - exponent));
        }

        return Trim(text, magnitude);
    }

    private static string Scientific(double magnitude, int digits)
    {
        var exponent = (int)Math.Floor(Math.Log10(magnitude));
        var scaled = magnitude / Math.Pow(10, exponent);
        if (double.Parse(Fixed(scaled, digits - 1), CultureInfo.InvariantCulture) >= 10)
        {
            exponent++;
            scaled = magnitude / Math.Pow(10, exponent);
        }

        return Trim(Fixed(scaled, digits - 1), scaled) + " × 10" + Superscript(exponent);
    }

    private static string Fixed(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    // Drops zeros after the point, unless that leaves an integer the value is not (the zeros then say "rounded").
    private static string Trim(string text, double value)
    {
        if (!text.Contains('.', StringComparison.Ordinal))
        {
            return text;
        }

        var trimmed = text.TrimEnd('0');
        return !trimmed.EndsWith('.') ? trimmed
            : value == Math.Floor(value) ? trimmed[..^1]
            : text;
    }

    private static string Superscript(int exponent)
    {
        var builder = new StringBuilder(exponent < 0 ? "⁻" : string.Empty);
        foreach (var c in Math.Abs(exponent).ToString(CultureInfo.InvariantCulture))
        {
            builder.Append(Superscripts[c - '0']);
        }

        return builder.ToString();
    }
}
