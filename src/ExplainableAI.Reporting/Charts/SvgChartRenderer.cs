using System.Globalization;
using System.Text;
using ExplainableAI.Reporting.Html;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> as inline SVG: no scripts, no external references, every text escaped, and every
/// coordinate written with the invariant culture and two decimals so the same chart always gives the same markup.
/// </summary>
internal static class SvgChartRenderer
{
    private const double Width = 640;
    private const double Height = 340;
    private const double Left = 64;
    private const double Right = 20;
    private const double Bottom = 58;

    // Okabe–Ito: distinguishable with the common colour-vision deficiencies, and still apart when printed in grey.
    private static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D1F", "#000000"];

    /// <summary>Renders a chart.</summary>
    /// <param name="spec">The chart.</param>
    /// <param name="id">A document-unique ID used for the accessible title.</param>
    /// <returns>An <c>&lt;svg&gt;</c> element.</returns>
    public static string Render(ChartSpec spec, string id)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var svg = new StringBuilder(4096);
        var titleId = id + "-title";
        svg.Append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"").Append(titleId)
           .Append("\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(Height))
           .Append("\" width=\"").Append(N(Width)).Append("\" height=\"").Append(N(Height)).Append("\">\n");
        svg.Append("<title id=\"").Append(titleId).Append("\">").Append(HtmlText.EscapeText(spec.Title)).Append("</title>\n");
        svg.Append("<text class=\"chart-title\" x=\"").Append(N(Left)).Append("\" y=\"20\">").Append(HtmlText.EscapeText(spec.Title)).Append("</text>\n");

        var top = Legend(svg, spec.Series);
        var plot = new Plot(Left, top, Width - Right, Height - Bottom);
        switch (spec.Kind)
        {
            case ChartKind.Bar:
                Bars(svg, spec, plot);
                break;
            case ChartKind.Line:
            case ChartKind.Scatter:
                Points(svg, spec, plot, connect: spec.Kind == ChartKind.Line);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown chart kind.");
        }

        svg.Append("<text class=\"axis-label\" text-anchor=\"middle\" x=\"").Append(N((plot.X0 + plot.X1) / 2))
           .Append("\" y=\"").Append(N(Height - 12)).Append("\">").Append(HtmlText.EscapeText(spec.XLabel)).Append("</text>\n");
        svg.Append("<text class=\"axis-label\" text-anchor=\"middle\" transform=\"translate(16 ").Append(N((plot.Y0 + plot.Y1) / 2))
           .Append(") rotate(-90)\">").Append(HtmlText.EscapeText(spec.YLabel)).Append("</text>\n");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static double Legend(StringBuilder svg, IReadOnlyList<ChartSeries> series)
    {
        if (series.Count <= 1)
        {
            return 40;
        }

        // Items flow left to right and wrap; widths are estimated from character counts, which is enough for labels.
        double x = Left;
        double y = 38;
        svg.Append("<g class=\"legend\">\n");
        for (var i = 0; i < series.Count; i++)
        {
            var label = Shorten(series[i].Name, 28);
            var itemWidth = 22 + (label.Length * 6.6);
            if (x + itemWidth > Width - Right && x > Left)
            {
                x = Left;
                y += 18;
            }

            svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y - 9)).Append("\" width=\"12\" height=\"12\" rx=\"2\" fill=\"")
               .Append(Color(i)).Append("\"/><text x=\"").Append(N(x + 17)).Append("\" y=\"").Append(N(y + 1)).Append("\">")
               .Append(HtmlText.EscapeText(label)).Append("</text>\n");
            x += itemWidth + 14;
        }

        svg.Append("</g>\n");
        return y + 20;
    }

    private static void Bars(StringBuilder svg, ChartSpec spec, Plot plot)
    {
        var categories = spec.Categories ?? [];
        var count = Math.Max(categories.Count, spec.Series.Count == 0 ? 0 : spec.Series.Max(s => s.Y.Count));
        var scale = AxisScale.Covering(spec.Series.SelectMany(s => s.Y), includeZero: true);
        YAxis(svg, scale, plot);
        if (count == 0 || spec.Series.Count == 0)
        {
            Frame(svg, plot);
            return;
        }

        var band = (plot.X1 - plot.X0) / count;
        var barWidth = band * 0.72 / spec.Series.Count;
        var zero = scale.Map(0, plot.Y1, plot.Y0);
        for (var c = 0; c < count; c++)
        {
            var bandStart = plot.X0 + (c * band) + (band * 0.14);
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var values = spec.Series[s].Y;
                if (c >= values.Count || !double.IsFinite(values[c]))
                {
                    continue;
                }

                var y = scale.Map(values[c], plot.Y1, plot.Y0);
                svg.Append("<rect x=\"").Append(N(bandStart + (s * barWidth))).Append("\" y=\"").Append(N(Math.Min(y, zero)))
                   .Append("\" width=\"").Append(N(Math.Max(barWidth - 1, 1))).Append("\" height=\"").Append(N(Math.Abs(zero - y)))
                   .Append("\" fill=\"").Append(Color(s)).Append("\"><title>")
                   .Append(HtmlText.EscapeText(Category(categories, c))).Append(" · ").Append(HtmlText.EscapeText(spec.Series[s].Name))
                   .Append(": ").Append(Value(values[c])).Append("</title></rect>\n");
            }

            var label = Shorten(Category(categories, c), Math.Max(4, (int)(band / 6.5)));
            svg.Append("<text class=\"tick\" text-anchor=\"middle\" x=\"").Append(N(plot.X0 + ((c + 0.5) * band))).Append("\" y=\"")
               .Append(N(plot.Y1 + 16)).Append("\">").Append(HtmlText.EscapeText(label)).Append("</text>\n");
        }

        svg.Append("<line class=\"zero\" x1=\"").Append(N(plot.X0)).Append("\" x2=\"").Append(N(plot.X1)).Append("\" y1=\"").Append(N(zero))
           .Append("\" y2=\"").Append(N(zero)).Append("\"/>\n");
        Frame(svg, plot);
    }

    private static void Points(StringBuilder svg, ChartSpec spec, Plot plot, bool connect)
    {
        var xScale = AxisScale.Covering(spec.Series.SelectMany(s => s.X), includeZero: false);
        var yScale = AxisScale.Covering(spec.Series.SelectMany(s => s.Y), includeZero: false);
        YAxis(svg, yScale, plot);
        foreach (var tick in xScale.Ticks())
        {
            var x = xScale.Map(tick, plot.X0, plot.X1);
            svg.Append("<line class=\"grid\" x1=\"").Append(N(x)).Append("\" x2=\"").Append(N(x)).Append("\" y1=\"").Append(N(plot.Y0))
               .Append("\" y2=\"").Append(N(plot.Y1)).Append("\"/><text class=\"tick\" text-anchor=\"middle\" x=\"").Append(N(x))
               .Append("\" y=\"").Append(N(plot.Y1 + 16)).Append("\">").Append(xScale.Label(tick)).Append("</text>\n");
        }

        for (var s = 0; s < spec.Series.Count; s++)
        {
            var series = spec.Series[s];
            var n = Math.Min(series.X.Count, series.Y.Count);
            var points = new List<(double X, double Y, int Index)>(n);
            for (var i = 0; i < n; i++)
            {
                if (double.IsFinite(series.X[i]) && double.IsFinite(series.Y[i]))
                {
                    points.Add((xScale.Map(series.X[i], plot.X0, plot.X1), yScale.Map(series.Y[i], plot.Y1, plot.Y0), i));
                }
            }

            if (connect && points.Count > 1)
            {
                svg.Append("<polyline class=\"series\" fill=\"none\" stroke=\"").Append(Color(s)).Append("\" stroke-width=\"2\" points=\"");
                for (var i = 0; i < points.Count; i++)
                {
                    svg.Append(i == 0 ? string.Empty : " ").Append(N(points[i].X)).Append(',').Append(N(points[i].Y));
                }

                svg.Append("\"/>\n");
            }

            foreach (var (x, y, index) in points)
            {
                svg.Append("<circle cx=\"").Append(N(x)).Append("\" cy=\"").Append(N(y)).Append("\" r=\"").Append(connect ? "2.5" : "3.5")
                   .Append("\" fill=\"").Append(Color(s)).Append(connect ? "\"" : "\" fill-opacity=\"0.75\"").Append("><title>")
                   .Append(HtmlText.EscapeText(series.Name)).Append(": (").Append(Value(series.X[index])).Append(", ")
                   .Append(Value(series.Y[index])).Append(")</title></circle>\n");
            }
        }

        Frame(svg, plot);
    }

    private static void YAxis(StringBuilder svg, AxisScale scale, Plot plot)
    {
        foreach (var tick in scale.Ticks())
        {
            var y = scale.Map(tick, plot.Y1, plot.Y0);
            svg.Append("<line class=\"grid\" x1=\"").Append(N(plot.X0)).Append("\" x2=\"").Append(N(plot.X1)).Append("\" y1=\"").Append(N(y))
               .Append("\" y2=\"").Append(N(y)).Append("\"/><text class=\"tick\" text-anchor=\"end\" x=\"").Append(N(plot.X0 - 6))
               .Append("\" y=\"").Append(N(y + 4)).Append("\">").Append(scale.Label(tick)).Append("</text>\n");
        }
    }

    private static void Frame(StringBuilder svg, Plot plot) =>
        svg.Append("<path class=\"axis\" fill=\"none\" d=\"M").Append(N(plot.X0)).Append(' ').Append(N(plot.Y0)).Append(" V").Append(N(plot.Y1))
           .Append(" H").Append(N(plot.X1)).Append("\"/>\n");

    private static string Category(IReadOnlyList<string> categories, int index) =>
        index < categories.Count ? categories[index] : (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static string Color(int index) => Palette[index % Palette.Length];

    private static string Value(double value) => Html.DisplayNumber.Fixed(value, 4);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private readonly record struct Plot(double X0, double Y0, double X1, double Y1);
}
