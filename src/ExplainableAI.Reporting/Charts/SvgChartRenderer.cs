using System.Globalization;
using System.Text;
using ExplainableAI.Reporting.Html;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> as inline SVG: no scripts, no external references, every text escaped, and every
/// coordinate written with the invariant culture and two decimals so the same chart always gives the same markup.
/// </summary>
/// <remarks>
/// Bar, line, scatter and step charts share one plot of fixed size; dot-and-whisker, beeswarm and waterfall charts have
/// one row per category, so their height grows with the number of rows and their left margin with the longest label.
/// </remarks>
internal static partial class SvgChartRenderer
{
    private const double Width = 640;
    private const double Height = 340;
    private const double DefaultLeft = 64;
    private const double Right = 20;
    private const double Bottom = 58;
    private const double Cap = 4;

    // Okabe–Ito: distinguishable with the common colour-vision deficiencies, and still apart when printed in grey.
    private static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D1F", "#000000"];

    /// <summary>Renders a chart with English marker words.</summary>
    /// <param name="spec">The chart.</param>
    /// <param name="id">A document-unique ID used for the accessible title and any gradient.</param>
    /// <returns>An <c>&lt;svg&gt;</c> element.</returns>
    public static string Render(ChartSpec spec, string id) => Render(spec, id, ChartLabels.English);

    /// <summary>Renders a chart.</summary>
    /// <param name="spec">The chart.</param>
    /// <param name="id">A document-unique ID used for the accessible title and any gradient.</param>
    /// <param name="labels">The words the chart draws itself, in the report's language.</param>
    /// <returns>An <c>&lt;svg&gt;</c> element.</returns>
    public static string Render(ChartSpec spec, string id, ChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(labels);
        var body = new StringBuilder(4096);
        var titleId = id + "-title";
        body.Append("<title id=\"").Append(titleId).Append("\">").Append(HtmlText.EscapeText(spec.Title)).Append("</title>\n");

        double height;
        double left;
        switch (spec.Kind)
        {
            case ChartKind.Bar:
            case ChartKind.Line:
            case ChartKind.Scatter:
            case ChartKind.Step:
            {
                left = DefaultLeft;
                height = Height;
                var plot = new Plot(left, Legend(body, spec.Series, left), Width - Right, Height - Bottom);
                if (spec.Kind == ChartKind.Bar)
                {
                    Bars(body, spec, plot, labels);
                }
                else
                {
                    Points(body, spec, plot, labels);
                }

                break;
            }

            case ChartKind.DotWhisker:
            case ChartKind.Beeswarm:
            case ChartKind.Waterfall:
            {
                var rows = RowLabels(spec);
                left = RowLabelMargin(rows);
                var rowHeight = spec.Kind switch
                {
                    ChartKind.DotWhisker => Math.Max(24, 8 + (10 * spec.Series.Count)),
                    ChartKind.Beeswarm => 36,
                    _ => 24,
                };
                var top = spec.Kind switch
                {
                    ChartKind.DotWhisker => Legend(body, spec.Series, left),
                    ChartKind.Waterfall => 78, // room for the base and output markers above the bars
                    _ => 40,
                };
                var right = spec.Kind == ChartKind.Beeswarm ? 96 : Right;
                height = top + (Math.Max(rows.Count, 1) * rowHeight) + Bottom;
                var plot = new Plot(left, top, Width - right, height - Bottom);
                switch (spec.Kind)
                {
                    case ChartKind.DotWhisker:
                        DotWhiskers(body, spec, plot, rows, labels);
                        break;
                    case ChartKind.Beeswarm:
                        Beeswarm(body, spec, plot, rows, id, labels);
                        break;
                    default:
                        Waterfall(body, spec, plot, rows, labels);
                        break;
                }

                break;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown chart kind.");
        }

        body.Append("<text class=\"axis-label\" text-anchor=\"middle\" x=\"").Append(N((left + Width - Right) / 2))
           .Append("\" y=\"").Append(N(height - 12)).Append("\">").Append(HtmlText.EscapeText(spec.XLabel)).Append("</text>\n");
        body.Append("<text class=\"axis-label\" text-anchor=\"middle\" transform=\"translate(16 ").Append(N(((height - Bottom) + 40) / 2))
           .Append(") rotate(-90)\">").Append(HtmlText.EscapeText(spec.YLabel)).Append("</text>\n");

        var svg = new StringBuilder(body.Length + 256);
        svg.Append("<svg class=\"chart chart-").Append(Kind(spec.Kind)).Append("\" role=\"img\" aria-labelledby=\"").Append(titleId)
           .Append("\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(height))
           .Append("\" width=\"").Append(N(Width)).Append("\" height=\"").Append(N(height)).Append("\">\n");
        svg.Append(body);
        svg.Append("<text class=\"chart-title\" x=\"").Append(N(left)).Append("\" y=\"20\">").Append(HtmlText.EscapeText(spec.Title)).Append("</text>\n");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static double Legend(StringBuilder svg, IReadOnlyList<ChartSeries> series, double left)
    {
        if (series.Count <= 1)
        {
            return 40;
        }

        // Items flow left to right and wrap; widths are estimated from character counts, which is enough for labels.
        var x = left;
        double y = 38;
        svg.Append("<g class=\"legend\">\n");
        for (var i = 0; i < series.Count; i++)
        {
            var label = Shorten(series[i].Name, 28);
            var itemWidth = 22 + (label.Length * 6.6);
            if (x + itemWidth > Width - Right && x > left)
            {
                x = left;
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

    private static void Bars(StringBuilder svg, ChartSpec spec, Plot plot, ChartLabels labels)
    {
        var categories = spec.Categories ?? [];
        var count = Math.Max(categories.Count, spec.Series.Count == 0 ? 0 : spec.Series.Max(s => s.Y.Count));
        var scale = AxisScale.Covering(spec.Series.SelectMany(s => s.Y.Concat(Intervals(s))).Concat(Reference(spec)), includeZero: true);
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
                var series = spec.Series[s];
                var values = series.Y;
                if (c >= values.Count || !double.IsFinite(values[c]))
                {
                    continue;
                }

                var y = scale.Map(values[c], plot.Y1, plot.Y0);
                var x = bandStart + (s * barWidth);
                var width = Math.Max(barWidth - 1, 1);
                svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(Math.Min(y, zero)))
                   .Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(Math.Abs(zero - y)))
                   .Append("\" fill=\"").Append(Color(s)).Append("\"><title>")
                   .Append(HtmlText.EscapeText(Category(categories, c))).Append(" · ").Append(HtmlText.EscapeText(series.Name))
                   .Append(": ").Append(Value(values[c])).Append(IntervalText(series, c)).Append("</title></rect>\n");
                if (IntervalAt(series, c) is (var lower, var upper))
                {
                    VerticalErrorBar(svg, x + (width / 2), scale.Map(lower, plot.Y1, plot.Y0), scale.Map(upper, plot.Y1, plot.Y0), "#1d2939");
                }
            }

            var label = Shorten(Category(categories, c), Math.Max(4, (int)(band / 6.5)));
            svg.Append("<text class=\"tick\" text-anchor=\"middle\" x=\"").Append(N(plot.X0 + ((c + 0.5) * band))).Append("\" y=\"")
               .Append(N(plot.Y1 + 16)).Append("\">").Append(HtmlText.EscapeText(label)).Append("</text>\n");
        }

        svg.Append("<line class=\"zero\" x1=\"").Append(N(plot.X0)).Append("\" x2=\"").Append(N(plot.X1)).Append("\" y1=\"").Append(N(zero))
           .Append("\" y2=\"").Append(N(zero)).Append("\"/>\n");
        HorizontalReference(svg, spec, scale, plot, labels);
        Frame(svg, plot);
    }

    // Line, scatter and step charts: (x, y) points, with error bars where the series gives intervals.
    private static void Points(StringBuilder svg, ChartSpec spec, Plot plot, ChartLabels labels)
    {
        var xScale = AxisScale.Covering(spec.Series.SelectMany(s => s.X), includeZero: false);
        var yScale = AxisScale.Covering(spec.Series.SelectMany(s => s.Y.Concat(Intervals(s))).Concat(Reference(spec)), includeZero: false);
        YAxis(svg, yScale, plot);
        XAxis(svg, xScale, plot);
        var markers = spec.Kind != ChartKind.Step;
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

            if (spec.Kind == ChartKind.Step)
            {
                // A step function holds its value until the next x: sorted by x (then input order), so the path never runs back.
                points = [.. points.OrderBy(p => p.X).ThenBy(p => p.Index)];
            }

            if (spec.Kind is ChartKind.Line or ChartKind.Step && points.Count > 1)
            {
                svg.Append("<polyline class=\"series").Append(spec.Kind == ChartKind.Step ? " step" : string.Empty)
                   .Append("\" fill=\"none\" stroke=\"").Append(Color(s)).Append("\" stroke-width=\"2\" points=\"");
                for (var i = 0; i < points.Count; i++)
                {
                    if (i > 0 && spec.Kind == ChartKind.Step)
                    {
                        svg.Append(' ').Append(N(points[i].X)).Append(',').Append(N(points[i - 1].Y));
                    }

                    svg.Append(i == 0 ? string.Empty : " ").Append(N(points[i].X)).Append(',').Append(N(points[i].Y));
                }

                svg.Append("\"><title>").Append(HtmlText.EscapeText(series.Name)).Append("</title></polyline>\n");
            }

            foreach (var (x, _, index) in points)
            {
                if (IntervalAt(series, index) is (var lower, var upper))
                {
                    VerticalErrorBar(svg, x, yScale.Map(lower, plot.Y1, plot.Y0), yScale.Map(upper, plot.Y1, plot.Y0), Color(s));
                }
            }

            if (!markers)
            {
                continue;
            }

            var connect = spec.Kind == ChartKind.Line;
            foreach (var (x, y, index) in points)
            {
                svg.Append("<circle cx=\"").Append(N(x)).Append("\" cy=\"").Append(N(y)).Append("\" r=\"").Append(connect ? "2.5" : "3.5")
                   .Append("\" fill=\"").Append(Color(s)).Append(connect ? "\"" : "\" fill-opacity=\"0.75\"").Append("><title>")
                   .Append(HtmlText.EscapeText(series.Name)).Append(": (").Append(Value(series.X[index])).Append(", ")
                   .Append(Value(series.Y[index])).Append(')').Append(IntervalText(series, index)).Append("</title></circle>\n");
            }
        }

        HorizontalReference(svg, spec, yScale, plot, labels);
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

    private static void XAxis(StringBuilder svg, AxisScale scale, Plot plot)
    {
        foreach (var tick in scale.Ticks())
        {
            var x = scale.Map(tick, plot.X0, plot.X1);
            svg.Append("<line class=\"grid\" x1=\"").Append(N(x)).Append("\" x2=\"").Append(N(x)).Append("\" y1=\"").Append(N(plot.Y0))
               .Append("\" y2=\"").Append(N(plot.Y1)).Append("\"/><text class=\"tick\" text-anchor=\"middle\" x=\"").Append(N(x))
               .Append("\" y=\"").Append(N(plot.Y1 + 16)).Append("\">").Append(scale.Label(tick)).Append("</text>\n");
        }
    }

    private static void HorizontalReference(StringBuilder svg, ChartSpec spec, AxisScale scale, Plot plot, ChartLabels labels)
    {
        if (spec.ReferenceValue is { } value && double.IsFinite(value))
        {
            var y = scale.Map(value, plot.Y1, plot.Y0);
            svg.Append("<line class=\"reference\" x1=\"").Append(N(plot.X0)).Append("\" x2=\"").Append(N(plot.X1)).Append("\" y1=\"").Append(N(y))
               .Append("\" y2=\"").Append(N(y)).Append("\" stroke-dasharray=\"5 4\"><title>").Append(HtmlText.EscapeText(labels.Reference))
               .Append(": ").Append(Value(value)).Append("</title></line>\n");
        }
    }

    private static void VerticalErrorBar(StringBuilder svg, double x, double yLower, double yUpper, string color) =>
        svg.Append("<path class=\"error-bar\" fill=\"none\" stroke=\"").Append(color).Append("\" d=\"M").Append(N(x)).Append(' ').Append(N(yLower))
           .Append(" V").Append(N(yUpper)).Append(" M").Append(N(x - Cap)).Append(' ').Append(N(yLower)).Append(" H").Append(N(x + Cap))
           .Append(" M").Append(N(x - Cap)).Append(' ').Append(N(yUpper)).Append(" H").Append(N(x + Cap)).Append("\"/>\n");

    private static void Frame(StringBuilder svg, Plot plot) =>
        svg.Append("<path class=\"axis\" fill=\"none\" d=\"M").Append(N(plot.X0)).Append(' ').Append(N(plot.Y0)).Append(" V").Append(N(plot.Y1))
           .Append(" H").Append(N(plot.X1)).Append("\"/>\n");

    /// <summary>The finite interval of point <paramref name="index"/>, or <see langword="null"/> when the series gives none there.</summary>
    private static (double Lower, double Upper)? IntervalAt(ChartSeries series, int index) =>
        series.Lower is { } lower && series.Upper is { } upper && index < lower.Count && index < upper.Count
            && double.IsFinite(lower[index]) && double.IsFinite(upper[index])
            ? (Math.Min(lower[index], upper[index]), Math.Max(lower[index], upper[index]))
            : null;

    private static string IntervalText(ChartSeries series, int index) =>
        IntervalAt(series, index) is (var lower, var upper) ? $" [{Value(lower)}, {Value(upper)}]" : string.Empty;

    private static IEnumerable<double> Intervals(ChartSeries series) => (series.Lower ?? []).Concat(series.Upper ?? []);

    private static IEnumerable<double> Reference(ChartSpec spec) => spec.ReferenceValue is { } value ? [value] : [];

    private static string Category(IReadOnlyList<string> categories, int index) =>
        index < categories.Count ? categories[index] : (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static string Color(int index) => Palette[index % Palette.Length];

    private static string Kind(ChartKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static string Value(double value) => DisplayNumber.Fixed(value, 4);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private readonly record struct Plot(double X0, double Y0, double X1, double Y1);
}
