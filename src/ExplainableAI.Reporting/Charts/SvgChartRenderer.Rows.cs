using System.Text;
using ExplainableAI.Reporting.Html;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Charts;

/// <summary>The charts with one row per category: dot-and-whisker, beeswarm and waterfall.</summary>
internal static partial class SvgChartRenderer
{
    // Okabe–Ito vermillion and blue: an increase and a decrease stay apart for the common colour-vision deficiencies.
    private const string Increase = "#D55E00";
    private const string Decrease = "#0072B2";
    private const int MaxRowLabel = 28;
    private const double SwarmDiameter = 4.5;

    private static List<string> RowLabels(ChartSpec spec)
    {
        var count = spec.Kind switch
        {
            ChartKind.Beeswarm => spec.Series.SelectMany(s => s.Y).Where(double.IsFinite).Select(y => (int)Math.Round(y) + 1).DefaultIfEmpty(0).Max(),
            ChartKind.Waterfall => spec.Series.Count == 0 ? 0 : spec.Series[0].Y.Count,
            _ => spec.Series.Count == 0 ? 0 : spec.Series.Max(s => s.Y.Count),
        };
        var categories = spec.Categories ?? [];
        return [.. Enumerable.Range(0, Math.Max(count, categories.Count)).Select(i => Category(categories, i))];
    }

    // Wide enough for the longest (shortened) label at about 6.2 px a character, plus the rotated y label.
    private static double RowLabelMargin(IReadOnlyList<string> rows) =>
        Math.Clamp(38 + (rows.Select(r => Math.Min(r.Length, MaxRowLabel)).DefaultIfEmpty(0).Max() * 6.2), DefaultLeft, 240);

    private static double RowHeight(Plot plot, int rows) => (plot.Y1 - plot.Y0) / Math.Max(rows, 1);

    private static double RowCenter(Plot plot, int rows, int row) => plot.Y0 + ((row + 0.5) * RowHeight(plot, rows));

    private static void RowAxis(StringBuilder svg, IReadOnlyList<string> rows, Plot plot)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var y = RowCenter(plot, rows.Count, r);
            svg.Append("<line class=\"row-guide\" x1=\"").Append(N(plot.X0)).Append("\" x2=\"").Append(N(plot.X1)).Append("\" y1=\"").Append(N(y))
               .Append("\" y2=\"").Append(N(y)).Append("\"/><text class=\"row-label\" text-anchor=\"end\" x=\"").Append(N(plot.X0 - 8))
               .Append("\" y=\"").Append(N(y + 4)).Append("\">").Append(HtmlText.EscapeText(Shorten(rows[r], MaxRowLabel))).Append("</text>\n");
        }
    }

    private static void VerticalLine(StringBuilder svg, string cssClass, double x, double y0, double y1, string? dash, string? title)
    {
        svg.Append("<line class=\"").Append(cssClass).Append("\" x1=\"").Append(N(x)).Append("\" x2=\"").Append(N(x)).Append("\" y1=\"").Append(N(y0))
           .Append("\" y2=\"").Append(N(y1)).Append('"');
        if (dash is not null)
        {
            svg.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }

        if (title is null)
        {
            svg.Append("/>\n");
        }
        else
        {
            svg.Append("><title>").Append(HtmlText.EscapeText(title)).Append("</title></line>\n");
        }
    }

    private static void DotWhiskers(StringBuilder svg, ChartSpec spec, Plot plot, IReadOnlyList<string> rows, ChartLabels labels)
    {
        var scale = AxisScale.Covering(spec.Series.SelectMany(s => s.Y.Concat(Intervals(s))).Concat(Reference(spec)), includeZero: false);
        XAxis(svg, scale, plot);
        RowAxis(svg, rows, plot);
        var rowHeight = RowHeight(plot, rows.Count);
        var step = Math.Min(10, rowHeight * 0.7 / Math.Max(spec.Series.Count, 1));
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var series = spec.Series[s];
            var offset = (s - ((spec.Series.Count - 1) / 2.0)) * step;
            for (var r = 0; r < Math.Min(series.Y.Count, rows.Count); r++)
            {
                var y = RowCenter(plot, rows.Count, r) + offset;
                if (IntervalAt(series, r) is (var lower, var upper))
                {
                    var x0 = scale.Map(lower, plot.X0, plot.X1);
                    var x1 = scale.Map(upper, plot.X0, plot.X1);
                    svg.Append("<path class=\"whisker\" fill=\"none\" stroke=\"").Append(Color(s)).Append("\" stroke-width=\"1.5\" d=\"M")
                       .Append(N(x0)).Append(' ').Append(N(y)).Append(" H").Append(N(x1))
                       .Append(" M").Append(N(x0)).Append(' ').Append(N(y - Cap)).Append(" V").Append(N(y + Cap))
                       .Append(" M").Append(N(x1)).Append(' ').Append(N(y - Cap)).Append(" V").Append(N(y + Cap)).Append("\"/>\n");
                }

                if (double.IsFinite(series.Y[r]))
                {
                    svg.Append("<circle class=\"estimate\" cx=\"").Append(N(scale.Map(series.Y[r], plot.X0, plot.X1))).Append("\" cy=\"").Append(N(y))
                       .Append("\" r=\"4\" fill=\"").Append(Color(s)).Append("\"><title>").Append(HtmlText.EscapeText(rows[r])).Append(" · ")
                       .Append(HtmlText.EscapeText(series.Name)).Append(": ").Append(Value(series.Y[r])).Append(IntervalText(series, r))
                       .Append("</title></circle>\n");
                }
            }
        }

        if (spec.ReferenceValue is { } reference && double.IsFinite(reference))
        {
            VerticalLine(svg, "reference", scale.Map(reference, plot.X0, plot.X1), plot.Y0, plot.Y1, "5 4", $"{labels.Reference}: {Value(reference)}");
        }

        Frame(svg, plot);
    }

    private static void Beeswarm(StringBuilder svg, ChartSpec spec, Plot plot, IReadOnlyList<string> rows, string id, ChartLabels labels)
    {
        var points = new List<(double X, int Row, double Color)>();
        foreach (var series in spec.Series)
        {
            for (var i = 0; i < Math.Min(series.X.Count, series.Y.Count); i++)
            {
                if (double.IsFinite(series.X[i]) && double.IsFinite(series.Y[i]) && (int)Math.Round(series.Y[i]) is var row && row >= 0 && row < rows.Count)
                {
                    points.Add((series.X[i], row, series.Color is { } color && i < color.Count ? color[i] : double.NaN));
                }
            }
        }

        var scale = AxisScale.Covering(points.Select(p => p.X), includeZero: true);
        XAxis(svg, scale, plot);
        RowAxis(svg, rows, plot);
        VerticalLine(svg, "zero", scale.Map(0, plot.X0, plot.X1), plot.Y0, plot.Y1, dash: null, title: null);
        var maxOffset = (RowHeight(plot, rows.Count) / 2) - (SwarmDiameter / 2);
        foreach (var row in points.GroupBy(p => p.Row).OrderBy(g => g.Key))
        {
            var xs = row.Select(p => scale.Map(p.X, plot.X0, plot.X1)).ToList();
            var offsets = BeeswarmLayout.Offsets(xs, SwarmDiameter, maxOffset);
            var center = RowCenter(plot, rows.Count, row.Key);
            var i = 0;
            foreach (var point in row)
            {
                svg.Append("<circle class=\"swarm-point\" cx=\"").Append(N(xs[i])).Append("\" cy=\"").Append(N(center + offsets[i]))
                   .Append("\" r=\"").Append(N(SwarmDiameter / 2)).Append("\" fill=\"").Append(ColorRamp.Hex(point.Color)).Append("\"/>\n");
                i++;
            }
        }

        Frame(svg, plot);
        ColorLegend(svg, plot, id, labels);
    }

    // A vertical blue→red bar right of the plot: high at the top, as in the usual SHAP summary plot.
    private static void ColorLegend(StringBuilder svg, Plot plot, string id, ChartLabels labels)
    {
        var gradient = HtmlText.EscapeText(id) + "-ramp";
        var x = plot.X1 + 18;
        var y0 = plot.Y0 + 14;
        var y1 = Math.Max(y0 + 40, Math.Min(plot.Y0 + 134, plot.Y1));
        svg.Append("<g class=\"color-legend\">\n<defs><linearGradient id=\"").Append(gradient).Append("\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">")
           .Append("<stop offset=\"0\" stop-color=\"").Append(ColorRamp.Hex(0)).Append("\"/><stop offset=\"1\" stop-color=\"").Append(ColorRamp.Hex(1))
           .Append("\"/></linearGradient></defs>\n");
        svg.Append("<text class=\"tick\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y0 - 4)).Append("\">").Append(HtmlText.EscapeText(labels.High)).Append("</text>\n");
        svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y0)).Append("\" width=\"10\" height=\"").Append(N(y1 - y0))
           .Append("\" fill=\"url(#").Append(gradient).Append(")\"/>\n");
        svg.Append("<text class=\"tick\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y1 + 12)).Append("\">").Append(HtmlText.EscapeText(labels.Low)).Append("</text>\n");
        svg.Append("<text class=\"axis-label\" text-anchor=\"middle\" transform=\"translate(").Append(N(x + 26)).Append(' ').Append(N((y0 + y1) / 2))
           .Append(") rotate(-90)\">").Append(HtmlText.EscapeText(labels.FeatureValue)).Append("</text>\n</g>\n");
    }

    private static void Waterfall(StringBuilder svg, ChartSpec spec, Plot plot, IReadOnlyList<string> rows, ChartLabels labels)
    {
        var contributions = spec.Series.Count == 0 ? [] : spec.Series[0].Y;
        var start = spec.ReferenceValue is { } b && double.IsFinite(b) ? b : 0;
        var ends = new double[contributions.Count];
        var running = start;
        for (var i = 0; i < contributions.Count; i++)
        {
            running += double.IsFinite(contributions[i]) ? contributions[i] : 0;
            ends[i] = running;
        }

        var final = running;
        var scale = AxisScale.Covering(ends.Append(start), includeZero: false);
        XAxis(svg, scale, plot);
        RowAxis(svg, rows, plot);
        var rowHeight = RowHeight(plot, rows.Count);
        var from = start;
        for (var i = 0; i < contributions.Count; i++)
        {
            var value = contributions[i];
            var top = plot.Y0 + (i * rowHeight) + (rowHeight * 0.18);
            var height = rowHeight * 0.64;
            var xs = scale.Map(from, plot.X0, plot.X1);
            var xe = scale.Map(ends[i], plot.X0, plot.X1);
            if (double.IsFinite(value))
            {
                var up = value >= 0;
                svg.Append("<rect class=\"wf-bar ").Append(up ? "wf-increase" : "wf-decrease").Append("\" x=\"").Append(N(Math.Min(xs, xe)))
                   .Append("\" y=\"").Append(N(top)).Append("\" width=\"").Append(N(Math.Max(Math.Abs(xe - xs), 1))).Append("\" height=\"").Append(N(height))
                   .Append("\" fill=\"").Append(up ? Increase : Decrease).Append("\"><title>").Append(HtmlText.EscapeText(rows[i])).Append(": ")
                   .Append(Signed(value)).Append("</title></rect>\n");

                // The label sits past the bar's end in its direction, unless it would leave the plot; then before its start.
                var label = Signed(value);
                var width = (label.Length * 6.2) + 4;
                var after = up ? xe + width <= plot.X1 : xe - width >= plot.X0;
                var anchorEnd = up != after;
                var x = after ? (up ? xe + 4 : xe - 4) : (up ? Math.Min(xs, xe) - 4 : Math.Max(xs, xe) + 4);
                svg.Append("<text class=\"wf-label\" text-anchor=\"").Append(anchorEnd ? "end" : "start").Append("\" x=\"").Append(N(x))
                   .Append("\" y=\"").Append(N(top + (height / 2) + 4)).Append("\">").Append(label).Append("</text>\n");
            }

            if (i < contributions.Count - 1)
            {
                VerticalLine(svg, "connector", xe, top + height, top + rowHeight, dash: "2 2", title: null);
            }

            from = ends[i];
        }

        var xBase = scale.Map(start, plot.X0, plot.X1);
        var xFinal = scale.Map(final, plot.X0, plot.X1);
        VerticalLine(svg, "reference", xBase, plot.Y0 - 14, plot.Y1, "5 4", null);
        svg.Append("<text class=\"wf-base\" text-anchor=\"middle\" x=\"").Append(N(Math.Clamp(xBase, plot.X0 + 50, plot.X1 - 50))).Append("\" y=\"").Append(N(plot.Y0 - 18)).Append("\">")
           .Append(HtmlText.EscapeText(labels.Base)).Append(" = ").Append(Value(start)).Append("</text>\n");
        VerticalLine(svg, "final", xFinal, plot.Y0 - 30, plot.Y1, dash: null, title: null);
        svg.Append("<text class=\"wf-final\" text-anchor=\"middle\" x=\"").Append(N(Math.Clamp(xFinal, plot.X0 + 50, plot.X1 - 50))).Append("\" y=\"").Append(N(plot.Y0 - 34)).Append("\">")
           .Append(HtmlText.EscapeText(labels.Output)).Append(" = ").Append(Value(final)).Append("</text>\n");
        Frame(svg, plot);
    }

    private static string Signed(double value) => value >= 0 ? "+" + Value(value) : "−" + Value(-value);
}
