namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>
/// How the drift evidence writes numbers, in one place: p-values below 0.001 as "&lt; 0.001", other decimals with three
/// significant digits and never in E notation, shares as percentages, and a real minus sign (U+2212) for negatives.
/// </summary>
internal static class NumberText
{
    /// <summary>The smallest p-value written as a number; smaller ones are written "&lt; 0.001".</summary>
    public const double SmallestPValue = 0.001;

    private const string Minus = "\u2212";

    /// <summary>A decimal with <paramref name="digits"/> significant digits (integer part always whole), trailing zeros dropped.</summary>
    /// <param name="value">The value; NaN gives an empty string.</param>
    /// <param name="digits">Significant digits (at least 1).</param>
    /// <returns>The text, for example 0.391, 0.0123, 1250 or −0.84.</returns>
    public static string Significant(double value, int digits = 3)
    {
        if (double.IsNaN(value))
        {
            return string.Empty;
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : Minus + "∞";
        }

        if (value == 0)
        {
            return "0";
        }

        // Decimals so that the first significant digit and digits − 1 more are kept; at most 15 (double precision).
        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = Math.Clamp(digits - 1 - magnitude, 0, 15);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return "0";
        }

        var text = rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (decimals > 0)
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return WithMinus(text);
    }

    /// <summary>A p-value: "&lt; 0.001" below 0.001, else three significant digits.</summary>
    /// <param name="p">The p-value; NaN gives an empty string.</param>
    /// <returns>The text.</returns>
    public static string PValue(double p) => p < SmallestPValue ? "< 0.001" : Significant(p);

    /// <summary>A share as a percentage with one decimal (10.6 %).</summary>
    /// <param name="share">The share (0 to 1); NaN gives an empty string.</param>
    /// <returns>The text.</returns>
    public static string Share(double share) =>
        double.IsNaN(share) ? string.Empty : WithMinus(share.ToString("P1", CultureInfo.InvariantCulture));

    /// <summary>A number's round-trip text with a real minus sign, for values that are categories (a 0/1 code).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Exact(double value) => WithMinus(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A count.</summary>
    /// <param name="value">The count.</param>
    /// <returns>The digits, with a real minus sign if negative.</returns>
    public static string Integer(long value) => WithMinus(value.ToString(CultureInfo.InvariantCulture));

    private static string WithMinus(string text) => text.Replace("-", Minus, StringComparison.Ordinal);
}
