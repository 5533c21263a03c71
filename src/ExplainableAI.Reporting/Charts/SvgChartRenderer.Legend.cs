using System.Text;
using ExplainableAI.Reporting.Html;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Charts;

/// <summary>The legends: series swatches and the colour bar, flowing left to right under the title and wrapping into rows.</summary>
internal static partial class SvgChartRenderer
{
    private const double LegendRow = 18;
    private const double ColorBarWidth = 80;

    private static double Legend(StringBuilder svg, IReadOnlyList<LegendItem> items, double top)
    {
        if (items.Count == 0)
        {
            return top + 8;
        }

        var x = Pad;
        var baseline = top + 12;
        svg.Append("<g class=\"legend\">\n");
        foreach (var item in items)
        {
            if (x > Pad && x + item.Width > Width - Pad)
            {
                x = Pad;
                baseline += LegendRow;
            }

            item.Draw(svg, x, baseline);
            x += item.Width + 16;
        }

        svg.Append("</g>\n");
        return baseline + 14;
    }

    // The widest a legend label may be: the whole row less the swatch.
    private static double LegendLabelRoom(double reserved) => Width - (2 * Pad) - reserved;

    private static LegendItem SeriesItem(string name, string color)
    {
        var label = TextMetrics.Ellipsize(name, TextSize, LegendLabelRoom(17));
        return new LegendItem(17 + TextMetrics.Width(label, TextSize), (svg, x, y) =>
        {
            svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y - 10)).Append("\" width=\"12\" height=\"12\" rx=\"2\" fill=\"").Append(color).Append("\"/>");
            LegendText(svg, name, label, x + 17, y);
        });
    }

    private static LegendItem MissingItem(string word)
    {
        var label = TextMetrics.Ellipsize(word, TextSize, LegendLabelRoom(14));
        return new LegendItem(14 + TextMetrics.Width(label, TextSize), (svg, x, y) =>
        {
            svg.Append("<circle cx=\"").Append(N(x + 4.5)).Append("\" cy=\"").Append(N(y - 4)).Append("\" r=\"4\" fill=\"").Append(ColorRamp.Missing).Append("\"/>");
            LegendText(svg, word, label, x + 14, y);
        });
    }

    // "temperature  low ▭▭▭▭ high": what the colour encodes, from low to high.
    private static LegendItem ColorBarItem(string caption, string id, ChartLabels labels)
    {
        var low = TextMetrics.Width(labels.Low, TextSize);
        var high = TextMetrics.Width(labels.High, TextSize);
        var bar = 6 + low + 4 + ColorBarWidth + 4 + high;
        var label = TextMetrics.Ellipsize(caption, TextSize, LegendLabelRoom(bar), bold: true);
        var width = TextMetrics.Width(label, TextSize, bold: true) + bar;
        return new LegendItem(width, (svg, x, y) =>
        {
            var gradient = HtmlText.EscapeText(id) + "-ramp";
            svg.Append("<g class=\"color-legend\">\n<defs><linearGradient id=\"").Append(gradient).Append("\">")
               .Append("<stop offset=\"0\" stop-color=\"").Append(ColorRamp.Hex(0)).Append("\"/><stop offset=\"1\" stop-color=\"").Append(ColorRamp.Hex(1))
               .Append("\"/></linearGradient></defs>\n");
            svg.Append("<text class=\"color-label\" font-weight=\"600\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\">")
               .Append(HtmlText.EscapeText(label));
            if (!string.Equals(label, caption, StringComparison.Ordinal))
            {
                svg.Append("<title>").Append(HtmlText.EscapeText(caption)).Append("</title>");
            }

            svg.Append("</text>\n");
            var at = x + TextMetrics.Width(label, TextSize, bold: true) + 6;
            svg.Append("<text class=\"tick\" x=\"").Append(N(at)).Append("\" y=\"").Append(N(y)).Append("\">").Append(HtmlText.EscapeText(labels.Low)).Append("</text>");
            at += low + 4;
            svg.Append("<rect class=\"color-bar\" x=\"").Append(N(at)).Append("\" y=\"").Append(N(y - 10)).Append("\" width=\"").Append(N(ColorBarWidth))
               .Append("\" height=\"11\" fill=\"url(#").Append(gradient).Append(")\"/>");
            at += ColorBarWidth + 4;
            svg.Append("<text class=\"tick\" x=\"").Append(N(at)).Append("\" y=\"").Append(N(y)).Append("\">").Append(HtmlText.EscapeText(labels.High)).Append("</text>\n</g>\n");
        });
    }

    private static void LegendText(StringBuilder svg, string full, string shown, double x, double y)
    {
        svg.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\">").Append(HtmlText.EscapeText(shown));
        if (!string.Equals(full, shown, StringComparison.Ordinal))
        {
            svg.Append("<title>").Append(HtmlText.EscapeText(full)).Append("</title>");
        }

        svg.Append("</text>\n");
    }

    // Beeswarm points always show a feature's value; scatter points do when the chart says what the colour encodes.
    private static bool IsColored(ChartSpec spec) =>
        spec.Kind == ChartKind.Beeswarm
        || (spec.Kind == ChartKind.Scatter && !string.IsNullOrWhiteSpace(spec.ColorLabel) && spec.Series.Any(s => s.Color is not null));

    private static bool HasMissingColor(ChartSpec spec) =>
        spec.Series.Any(s => Enumerable.Range(0, Math.Min(s.X.Count, s.Y.Count))
            .Any(i => double.IsFinite(s.X[i]) && double.IsFinite(s.Y[i]) && (s.Color is not { } c || i >= c.Count || double.IsNaN(c[i]))));

    // The colour of a point whose colour value is v: the ramp in 32 steps, so points of one colour share one path.
    private static string RampColor(double value) => double.IsNaN(value) ? ColorRamp.Missing : ColorRamp.Hex(Math.Round(Math.Clamp(value, 0, 1) * 32) / 32);

    private sealed record LegendItem(double Width, Action<StringBuilder, double, double> Draw);
}
