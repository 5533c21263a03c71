using System.Globalization;

namespace ExplainableAI.Reporting.Charts;

/// <summary>
/// The blue→red ramp of beeswarm points (low to high feature value), interpolated in sRGB between two endpoints that
/// stay apart for the common colour-vision deficiencies (blue–red differ in lightness and in the blue channel); missing
/// values are grey.
/// </summary>
internal static class ColorRamp
{
    /// <summary>The colour of a missing value.</summary>
    public const string Missing = "#9e9e9e";

    private static readonly (int R, int G, int B) Low = (0x00, 0x8b, 0xfb);
    private static readonly (int R, int G, int B) High = (0xff, 0x00, 0x51);

    /// <summary>The colour of a value in [0, 1]; values outside are clamped, NaN is <see cref="Missing"/>.</summary>
    /// <param name="value">The scaled value.</param>
    /// <returns>A <c>#rrggbb</c> colour.</returns>
    public static string Hex(double value)
    {
        if (double.IsNaN(value))
        {
            return Missing;
        }

        var t = Math.Clamp(value, 0, 1);
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(Low.R, High.R, t):x2}{Mix(Low.G, High.G, t):x2}{Mix(Low.B, High.B, t):x2}");
    }

    private static int Mix(int from, int to, double t) => (int)Math.Round(from + ((to - from) * t), MidpointRounding.AwayFromZero);
}
