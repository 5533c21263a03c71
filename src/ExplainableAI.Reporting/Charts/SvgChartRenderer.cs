using System.Globalization;
using System.Text;
using ExplainableAI.Reporting.Html;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> as inline SVG: no scripts, no external references, every text escaped, and every
/// coordinate written with the invariant culture and one decimal so the same chart always gives the same, small markup.
/// </summary>
/// <remarks>
/// Every text is measured with <see cref="TextMetrics"/> and placed inside the drawing: the title wraps to two lines and
/// the subtitle to three; margins grow to hold the tick labels, the category labels (up to 45 % of the width, beyond
/// which they wrap) and the axis labels; the legend wraps into rows. What must still be shortened carries its full text
/// in a <c>&lt;title&gt;</c>. Bar, line, scatter and step charts have a plot of fixed height under a header of variable
/// height; dot-and-whisker, beeswarm and waterfall charts have one row per category, so their height grows with the
/// number of rows. Styles come from classes (the report's stylesheet); the SVG also carries the attributes it needs to
/// be legible without it.
/// </remarks>
internal static partial class SvgChartRenderer
{
    private const double Width = 640;
    private const double Pad = 10;
    private const double PlotHeight = 240;
    private const double MinLeft = 48;
    private const double MinRight = 20;
    private const double Cap = 4;

    // The font sizes of the report's stylesheet (svg.chart text 11 px, .axis-label 12 px, .chart-title 13 px bold).
    private const double TextSize = 11;
    private const double AxisSize = 12;
    private const double TitleSize = 13;
    private const double TextLine = 13;

    // Row labels may take this share of the width before they wrap.
    private const double RowLabelShare = 0.45;

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
        var top = Header(body, spec, id, labels);
        var height = spec.Kind switch
        {
            ChartKind.Bar or ChartKind.Line or ChartKind.Scatter or ChartKind.Step => XyChart(body, spec, top, labels),
            ChartKind.DotWhisker or ChartKind.Beeswarm or ChartKind.Waterfall => RowChart(body, spec, top, labels),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown chart kind."),
        };

        var titleId = HtmlText.EscapeText(id) + "-title";
        var descId = HtmlText.EscapeText(id) + "-desc";
        var svg = new StringBuilder(body.Length + 512);
        svg.Append("<svg class=\"chart chart-").Append(Kind(spec.Kind)).Append("\" role=\"img\" aria-labelledby=\"").Append(titleId);
        if (!string.IsNullOrWhiteSpace(spec.Subtitle))
        {
            svg.Append("\" aria-describedby=\"").Append(descId);
        }

        svg.Append("\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(height))
           .Append("\" width=\"").Append(N(Width)).Append("\" height=\"").Append(N(height)).Append("\" font-size=\"11\">\n");
        svg.Append("<title id=\"").Append(titleId).Append("\">").Append(HtmlText.EscapeText(spec.Title)).Append("</title>\n");
        if (!string.IsNullOrWhiteSpace(spec.Subtitle))
        {
            svg.Append("<desc id=\"").Append(descId).Append("\">").Append(HtmlText.EscapeText(spec.Subtitle)).Append("</desc>\n");
        }

        svg.Append(body);
        svg.Append("</svg>");
        return svg.ToString();
    }

    // Bar, line, scatter and step charts: y axis at the left (its label rotated), x axis below. Returns the height.
    private static double XyChart(StringBuilder svg, ChartSpec spec, double top, ChartLabels labels)
    {
        var bar = spec.Kind == ChartKind.Bar;
        var yScale = AxisScale.Covering(spec.Series.SelectMany(s => s.Y.Concat(Intervals(s))).Concat(Reference(spec)), includeZero: bar);
        var xScale = bar ? null : AxisScale.Covering(spec.Series.SelectMany(s => s.X), includeZero: false);
        var yLabel = TextMetrics.Wrap(spec.YLabel, AxisSize, PlotHeight, 2);
        var tickWidth = yScale.Ticks().Select(t => TextMetrics.Width(yScale.Label(t), TextSize)).DefaultIfEmpty(0).Max();
        var left = Math.Max(MinLeft, Pad + (yLabel.Lines.Count * 15) + 6 + tickWidth + 6);
        var right = MinRight;
        if (xScale is not null)
        {
            right = Math.Max(right, (TextMetrics.Width(xScale.Label(xScale.Max), TextSize) / 2) + Pad);
        }

        var plot = new Plot(left, top, Width - right, top + PlotHeight);
        YAxis(svg, yScale, plot);
        OpenFullText(svg, spec.YLabel, yLabel);
        for (var i = 0; i < yLabel.Lines.Count; i++)
        {
            var x = Pad + 10 + (i * 15);
            svg.Append("<text class=\"axis-label\" text-anchor=\"middle\" transform=\"translate(").Append(N(x)).Append(' ').Append(N(top + (PlotHeight / 2)))
               .Append(") rotate(-90)\">").Append(HtmlText.EscapeText(yLabel.Lines[i])).Append("</text>\n");
        }

        CloseFullText(svg, yLabel);
        double below;
        if (xScale is null)
        {
            below = Bars(svg, spec, plot, labels);
        }
        else
        {
            XGrid(svg, xScale, plot);
            Points(svg, spec, plot, xScale, yScale, labels);
            below = XAxisLabels(svg, xScale, plot);
        }

        return XLabel(svg, spec.XLabel, plot, below);
    }

    // The x axis label, centred under the plot (or the drawing, when wider than the plot); returns the drawing's height.
    private static double XLabel(StringBuilder svg, string label, Plot plot, double below)
    {
        var wrapped = TextMetrics.Wrap(label, AxisSize, Width - (2 * Pad), 2);
        var (lines, _) = wrapped;
        var y = below + 6;
        OpenFullText(svg, label, wrapped);
        foreach (var line in lines)
        {
            y += 15;
            CenteredText(svg, "axis-label", line, AxisSize, (plot.X0 + plot.X1) / 2, y);
        }

        CloseFullText(svg, wrapped);
        return y + 9;
    }

    // Title (two lines at most), subtitle (three) and legends, flowing down from the top; returns where the plot may start.
    private static double Header(StringBuilder svg, ChartSpec spec, string id, ChartLabels labels)
    {
        var (title, _) = TextMetrics.Wrap(spec.Title, TitleSize, Width - (2 * Pad), 2, bold: true);
        var y = 2.0;
        foreach (var line in title)
        {
            y += 17;
            svg.Append("<text class=\"chart-title\" font-size=\"13\" font-weight=\"700\" x=\"").Append(N(Pad)).Append("\" y=\"").Append(N(y)).Append("\">")
               .Append(HtmlText.EscapeText(line)).Append("</text>\n");
        }

        if (!string.IsNullOrWhiteSpace(spec.Subtitle))
        {
            var (subtitle, _) = TextMetrics.Wrap(spec.Subtitle, TextSize, Width - (2 * Pad), 3);
            y += 2;
            foreach (var line in subtitle)
            {
                y += 14;
                svg.Append("<text class=\"chart-subtitle\" x=\"").Append(N(Pad)).Append("\" y=\"").Append(N(y)).Append("\">")
                   .Append(HtmlText.EscapeText(line)).Append("</text>\n");
            }
        }

        var items = new List<LegendItem>();
        if (spec.Series.Count > 1 && spec.Kind is not (ChartKind.Beeswarm or ChartKind.Waterfall))
        {
            for (var i = 0; i < spec.Series.Count; i++)
            {
                items.Add(SeriesItem(spec.Series[i].Name, Color(i)));
            }
        }

        if (IsColored(spec))
        {
            items.Add(ColorBarItem(spec.ColorLabel ?? labels.FeatureValue, id, labels));
            if (HasMissingColor(spec))
            {
                items.Add(MissingItem(labels.Missing));
            }
        }

        return Legend(svg, items, y + 8);
    }

    // Bars, one band per category; returns the baseline of the lowest category label line.
    private static double Bars(StringBuilder svg, ChartSpec spec, Plot plot, ChartLabels labels)
    {
        var categories = spec.Categories ?? [];
        var count = Math.Max(categories.Count, spec.Series.Count == 0 ? 0 : spec.Series.Max(s => s.Y.Count));
        var scale = AxisScale.Covering(spec.Series.SelectMany(s => s.Y.Concat(Intervals(s))).Concat(Reference(spec)), includeZero: true);
        if (count == 0 || spec.Series.Count == 0)
        {
            Frame(svg, plot);
            return plot.Y1 + 16;
        }

        var band = (plot.X1 - plot.X0) / count;
        var barWidth = band * 0.72 / spec.Series.Count;
        var zero = scale.Map(0, plot.Y1, plot.Y0);
        var lowest = plot.Y1 + 16;
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
                   .Append(": ").Append(ValueText(series, c, labels)).Append("</title></rect>\n");
                if (IntervalAt(series, c) is (var lower, var upper) && !Collapsed(lower, upper))
                {
                    VerticalErrorBar(svg, x + (width / 2), scale.Map(lower, plot.Y1, plot.Y0), scale.Map(upper, plot.Y1, plot.Y0), "#1d2939");
                }
            }

            var label = Category(categories, c);
            var wrapped = TextMetrics.Wrap(label, TextSize, Math.Max(band - 4, 12), 2);
            var lines = wrapped.Lines;
            var center = plot.X0 + ((c + 0.5) * band);
            OpenFullText(svg, label, wrapped);

            for (var i = 0; i < lines.Count; i++)
            {
                CenteredText(svg, "tick", lines[i], TextSize, center, plot.Y1 + 16 + (i * TextLine));
                lowest = Math.Max(lowest, plot.Y1 + 16 + (i * TextLine));
            }

            CloseFullText(svg, wrapped);
        }

        svg.Append("<line class=\"zero\" x1=\"").Append(N(plot.X0)).Append("\" x2=\"").Append(N(plot.X1)).Append("\" y1=\"").Append(N(zero))
           .Append("\" y2=\"").Append(N(zero)).Append("\" stroke=\"#667085\"/>\n");
        HorizontalReference(svg, spec, scale, plot, labels);
        Frame(svg, plot);
        return lowest;
    }

    private static void YAxis(StringBuilder svg, AxisScale scale, Plot plot)
    {
        svg.Append("<path class=\"grid\" fill=\"none\" d=\"");
        foreach (var tick in scale.Ticks())
        {
            svg.Append('M').Append(N(plot.X0)).Append(' ').Append(N(scale.Map(tick, plot.Y1, plot.Y0))).Append('H').Append(N(plot.X1));
        }

        svg.Append("\"/>\n<g class=\"y-axis\">\n");
        foreach (var tick in scale.Ticks())
        {
            var y = scale.Map(tick, plot.Y1, plot.Y0);
            svg.Append("<text class=\"tick\" text-anchor=\"end\" x=\"").Append(N(plot.X0 - 6))
               .Append("\" y=\"").Append(N(y + 4)).Append("\">").Append(HtmlText.EscapeText(scale.Label(tick))).Append("</text>\n");
        }

        svg.Append("</g>\n");
    }

    // All vertical grid lines as one path: one element instead of one per tick.
    private static void XGrid(StringBuilder svg, AxisScale scale, Plot plot)
    {
        svg.Append("<path class=\"grid\" fill=\"none\" d=\"");
        foreach (var tick in scale.Ticks())
        {
            svg.Append('M').Append(N(scale.Map(tick, plot.X0, plot.X1))).Append(' ').Append(N(plot.Y0)).Append('V').Append(N(plot.Y1));
        }

        svg.Append("\"/>\n");
    }

    // Tick labels under the x axis, kept inside the drawing; returns their baseline.
    private static double XAxisLabels(StringBuilder svg, AxisScale scale, Plot plot)
    {
        svg.Append("<g class=\"x-axis\">\n");
        foreach (var tick in scale.Ticks())
        {
            CenteredText(svg, "tick", scale.Label(tick), TextSize, scale.Map(tick, plot.X0, plot.X1), plot.Y1 + 16);
        }

        svg.Append("</g>\n");
        return plot.Y1 + 16;
    }

    private static void HorizontalReference(StringBuilder svg, ChartSpec spec, AxisScale scale, Plot plot, ChartLabels labels)
    {
        if (spec.ReferenceValue is { } value && double.IsFinite(value))
        {
            var y = scale.Map(value, plot.Y1, plot.Y0);
            svg.Append("<line class=\"reference\" x1=\"").Append(N(plot.X0)).Append("\" x2=\"").Append(N(plot.X1)).Append("\" y1=\"").Append(N(y))
               .Append("\" y2=\"").Append(N(y)).Append("\" stroke=\"#344054\" stroke-dasharray=\"5 4\"><title>").Append(HtmlText.EscapeText(labels.Reference))
               .Append(": ").Append(Value(value)).Append("</title></line>\n");
        }
    }

    private static void VerticalErrorBar(StringBuilder svg, double x, double yLower, double yUpper, string color) =>
        svg.Append("<path class=\"error-bar\" fill=\"none\" stroke=\"").Append(color).Append("\" d=\"M").Append(N(x)).Append(' ').Append(N(yLower))
           .Append("V").Append(N(yUpper)).Append("M").Append(N(x - Cap)).Append(' ').Append(N(yLower)).Append("h").Append(N(2 * Cap))
           .Append("M").Append(N(x - Cap)).Append(' ').Append(N(yUpper)).Append("h").Append(N(2 * Cap)).Append("\"/>\n");

    private static void Frame(StringBuilder svg, Plot plot) =>
        svg.Append("<path class=\"axis\" fill=\"none\" stroke=\"#98a2b3\" d=\"M").Append(N(plot.X0)).Append(' ').Append(N(plot.Y0)).Append("V").Append(N(plot.Y1))
           .Append("H").Append(N(plot.X1)).Append("\"/>\n");

    // A one-line text centred on x, moved inward as little as needed to stay inside the drawing.
    private static void CenteredText(StringBuilder svg, string cssClass, string text, double size, double x, double y)
    {
        var half = TextMetrics.Width(text, size) / 2;
        var center = half * 2 >= Width - (2 * Pad) ? Width / 2 : Math.Clamp(x, Pad + half, Width - Pad - half);
        svg.Append("<text class=\"").Append(cssClass).Append("\" text-anchor=\"middle\" x=\"").Append(N(center)).Append("\" y=\"").Append(N(y)).Append("\">")
           .Append(HtmlText.EscapeText(text)).Append("</text>\n");
    }

    // A text that had to be wrapped or shortened keeps its full form where a reader (and a screen reader) can reach it:
    // the lines are grouped under a <title>.
    private static void OpenFullText(StringBuilder svg, string text, (IReadOnlyList<string> Lines, bool Cut) wrapped)
    {
        if (wrapped.Lines.Count > 1 || wrapped.Cut)
        {
            svg.Append("<g><title>").Append(HtmlText.EscapeText(text)).Append("</title>\n");
        }
    }

    private static void CloseFullText(StringBuilder svg, (IReadOnlyList<string> Lines, bool Cut) wrapped)
    {
        if (wrapped.Lines.Count > 1 || wrapped.Cut)
        {
            svg.Append("</g>\n");
        }
    }

    /// <summary>The finite interval of point <paramref name="index"/>, or <see langword="null"/> when the series gives none there.</summary>
    private static (double Lower, double Upper)? IntervalAt(ChartSeries series, int index) =>
        series.Lower is { } lower && series.Upper is { } upper && index < lower.Count && index < upper.Count
            && double.IsFinite(lower[index]) && double.IsFinite(upper[index])
            ? (Math.Min(lower[index], upper[index]), Math.Max(lower[index], upper[index]))
            : null;

    // An interval of no width says the method could not measure uncertainty there (one class, no variation), not that it is certain.
    private static bool Collapsed(double lower, double upper) => upper - lower <= 1e-12 * Math.Max(1, Math.Abs(upper));

    // "0.665 [0.610, 0.720]", with a note when the interval has no width.
    private static string ValueText(ChartSeries series, int index, ChartLabels labels)
    {
        var value = series.Y[index];
        if (IntervalAt(series, index) is not (var lower, var upper))
        {
            return Value(value);
        }

        var text = HtmlText.EscapeText(DisplayNumber.WithInterval(value, lower, upper));
        return Collapsed(lower, upper) ? text + " (" + HtmlText.EscapeText(labels.IntervalCollapsed) + ")" : text;
    }

    private static IEnumerable<double> Intervals(ChartSeries series) => (series.Lower ?? []).Concat(series.Upper ?? []);

    private static IEnumerable<double> Reference(ChartSpec spec) => spec.ReferenceValue is { } value ? [value] : [];

    private static string Category(IReadOnlyList<string> categories, int index) =>
        index < categories.Count ? categories[index] : (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Color(int index) => Palette[index % Palette.Length];

    private static string Kind(ChartKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    // Numbers in tooltips and markers, by the report's rules, escaped (a p-value's "<").
    private static string Value(double value) => HtmlText.EscapeText(DisplayNumber.Pretty(value));

    // One decimal is a tenth of a pixel: finer is invisible and only makes the file larger.
    private static string N(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }

    private readonly record struct Plot(double X0, double Y0, double X1, double Y1);
}
