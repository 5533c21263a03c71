using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ExplainableAI.Reporting.Charts;

namespace ExplainableAI.Reporting.Tests.Charts;

/// <summary>
/// Reads back what a chart drew: its size and every <c>&lt;text&gt;</c> element with the box it covers, estimated with the
/// renderer's own <see cref="TextMetrics"/> and the stylesheet's font sizes (title 13 px bold, axis labels 12 px, the rest 11 px).
/// </summary>
internal static partial class SvgText
{
    public static (double Width, double Height) ViewBox(string svg)
    {
        var match = ViewBoxPattern().Match(svg);
        return (Number(match.Groups[1].Value), Number(match.Groups[2].Value));
    }

    public static IReadOnlyList<DrawnText> Texts(string svg)
    {
        var texts = new List<DrawnText>();
        foreach (Match match in TextPattern().Matches(svg))
        {
            var attributes = match.Groups[1].Value;
            var content = WebUtility.HtmlDecode(TitlePattern().Replace(match.Groups[2].Value, string.Empty));
            var cssClass = Attribute(attributes, "class") ?? string.Empty;
            var (size, bold) = cssClass switch
            {
                var c when c.Contains("chart-title", StringComparison.Ordinal) => (13.0, true),
                var c when c.Contains("axis-label", StringComparison.Ordinal) => (12.0, false),
                var c when c.Contains("color-label", StringComparison.Ordinal) || c.Contains("wf-base", StringComparison.Ordinal) || c.Contains("wf-final", StringComparison.Ordinal) => (11.0, true),
                _ => (11.0, false),
            };
            var width = TextMetrics.Width(content, size, bold);
            var anchor = Attribute(attributes, "text-anchor") ?? "start";
            var shift = anchor switch { "middle" => width / 2, "end" => width, _ => 0 };
            var ascent = 0.8 * size;
            var descent = 0.25 * size;
            double left, right, top, bottom;
            if (Attribute(attributes, "transform") is { } transform)
            {
                var t = RotatedPattern().Match(transform);
                Assert.True(t.Success, $"unexpected transform {transform}");
                var (x, y) = (Number(t.Groups[1].Value), Number(t.Groups[2].Value));
                (left, right, top, bottom) = (x - ascent, x + descent, y - width + shift, y + shift);
            }
            else
            {
                var (x, y) = (Number(Attribute(attributes, "x")!), Number(Attribute(attributes, "y")!));
                (left, right, top, bottom) = (x - shift, x - shift + width, y - ascent, y + descent);
            }

            texts.Add(new DrawnText(content, cssClass, left, right, top, bottom));
        }

        return texts;
    }

    private static string? Attribute(string attributes, string name)
    {
        var match = Regex.Match(attributes, "(?:^|\\s)" + name + "=\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"")]
    private static partial Regex ViewBoxPattern();

    [GeneratedRegex("<text([^>]*)>(.*?)</text>", RegexOptions.Singleline)]
    private static partial Regex TextPattern();

    [GeneratedRegex("<title>.*?</title>", RegexOptions.Singleline)]
    private static partial Regex TitlePattern();

    [GeneratedRegex("translate\\(([-0-9.]+) ([-0-9.]+)\\) rotate\\(-90\\)")]
    private static partial Regex RotatedPattern();
}

/// <summary>One drawn text and the box it covers.</summary>
internal sealed record DrawnText(string Content, string Class, double Left, double Right, double Top, double Bottom);
