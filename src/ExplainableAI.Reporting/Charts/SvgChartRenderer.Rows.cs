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
    private const double SwarmDiameter = 4.5;

    // Room above a waterfall's bars for its output and base markers.
    private const double WaterfallMarkers = 36;

    // Rows, their scale and margins; returns the drawing's height.
    private static double RowChart(StringBuilder svg, ChartSpec spec, double top, ChartLabels labels)
    {
        var rows = RowLabels(spec);
        var widest = rows.Select(r => TextMetrics.Width(r, TextSize)).DefaultIfEmpty(0).Max();
        var labelWidth = Math.Min(widest, Width * RowLabelShare);
        var wrapped = rows.Select(r => TextMetrics.Wrap(r, TextSize, labelWidth, 2)).ToList();
        var scale = spec.Kind switch
        {
            ChartKind.DotWhisker => AxisScale.Covering(spec.Series.SelectMany(s => s.Y.Concat(Intervals(s))).Concat(Reference(spec)), includeZero: false),
            ChartKind.Beeswarm => AxisScale.Covering(SwarmPoints(spec, rows.Count).Select(p => p.X), includeZero: true),
            _ => AxisScale.Covering(WaterfallEnds(spec).Append(WaterfallStart(spec)), includeZero: false),
        };
        var firstTick = TextMetrics.Width(scale.Label(scale.Min), TextSize) / 2;
        var lastTick = TextMetrics.Width(scale.Label(scale.Max), TextSize) / 2;
        var left = Math.Max(Math.Max(MinLeft, Pad + labelWidth + 8), Pad + firstTick);
        var right = Math.Max(MinRight, Pad + lastTick);

        // The y label heads the column of row labels, above them, rather than running sideways beside a few short rows.
        top = RowHeading(svg, spec.YLabel, left, top);
        if (spec.Kind == ChartKind.Waterfall)
        {
            top += WaterfallMarkers;
        }

        var rowHeight = spec.Kind switch
        {
            ChartKind.DotWhisker => Math.Max(24, 8 + (10 * spec.Series.Count)),
            ChartKind.Beeswarm => 36,
            _ => 24,
        };
        if (wrapped.Any(w => w.Lines.Count > 1))
        {
            rowHeight = Math.Max(rowHeight, 30);
        }

        var plot = new Plot(left, top, Width - right, top + (Math.Max(rows.Count, 1) * rowHeight));
        XGrid(svg, scale, plot);
        RowAxis(svg, rows, wrapped, plot);
        switch (spec.Kind)
        {
            case ChartKind.DotWhisker:
                DotWhiskers(svg, spec, plot, rows, scale, labels);
                break;
            case ChartKind.Beeswarm:
                Beeswarm(svg, spec, plot, rows, scale);
                break;
            default:
                Waterfall(svg, spec, plot, rows, scale, labels);
                break;
        }

        return XLabel(svg, spec.XLabel, plot, XAxisLabels(svg, scale, plot));
    }

    private static double RowHeading(StringBuilder svg, string label, double left, double top)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return top;
        }

        if (TextMetrics.Width(label, AxisSize) <= left - 8 - Pad)
        {
            svg.Append("<text class=\"axis-label\" text-anchor=\"end\" x=\"").Append(N(left - 8)).Append("\" y=\"").Append(N(top + 12)).Append("\">")
               .Append(HtmlText.EscapeText(label)).Append("</text>\n");
            return top + 20;
        }

        var wrapped = TextMetrics.Wrap(label, AxisSize, Width - (2 * Pad), 2);
        OpenFullText(svg, label, wrapped);
        foreach (var line in wrapped.Lines)
        {
            top += 15;
            svg.Append("<text class=\"axis-label\" x=\"").Append(N(Pad)).Append("\" y=\"").Append(N(top - 3)).Append("\">").Append(HtmlText.EscapeText(line)).Append("</text>\n");
        }

        CloseFullText(svg, wrapped);
        return top + 5;
    }

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

    private static double RowHeight(Plot plot, int rows) => (plot.Y1 - plot.Y0) / Math.Max(rows, 1);

    private static double RowCenter(Plot plot, int rows, int row) => plot.Y0 + ((row + 0.5) * RowHeight(plot, rows));

    // Row labels right-aligned against the plot: in full on one line, or on two when wider than the cap; whatever is
    // wrapped or shortened carries its full text as a tooltip.
    private static void RowAxis(StringBuilder svg, IReadOnlyList<string> rows, IReadOnlyList<(IReadOnlyList<string> Lines, bool Cut)> wrapped, Plot plot)
    {
        svg.Append("<path class=\"row-guide\" fill=\"none\" d=\"");
        for (var r = 0; r < rows.Count; r++)
        {
            svg.Append('M').Append(N(plot.X0)).Append(' ').Append(N(RowCenter(plot, rows.Count, r))).Append('H').Append(N(plot.X1));
        }

        svg.Append("\"/>\n");
        for (var r = 0; r < rows.Count; r++)
        {
            var y = RowCenter(plot, rows.Count, r);
            var lines = wrapped[r].Lines;
            OpenFullText(svg, rows[r], wrapped[r]);

            for (var i = 0; i < lines.Count; i++)
            {
                var baseline = y + 4 + ((i - ((lines.Count - 1) / 2.0)) * TextLine);
                svg.Append("<text class=\"row-label\" text-anchor=\"end\" x=\"").Append(N(plot.X0 - 8)).Append("\" y=\"").Append(N(baseline)).Append("\">")
                   .Append(HtmlText.EscapeText(lines[i])).Append("</text>\n");
            }

            CloseFullText(svg, wrapped[r]);
        }
    }

    private static void VerticalLine(StringBuilder svg, string cssClass, double x, double y0, double y1, string stroke, string? dash, string? title)
    {
        svg.Append("<line class=\"").Append(cssClass).Append("\" x1=\"").Append(N(x)).Append("\" x2=\"").Append(N(x)).Append("\" y1=\"").Append(N(y0))
           .Append("\" y2=\"").Append(N(y1)).Append("\" stroke=\"").Append(stroke).Append('"');
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

    private static void DotWhiskers(StringBuilder svg, ChartSpec spec, Plot plot, IReadOnlyList<string> rows, AxisScale scale, ChartLabels labels)
    {
        var rowHeight = RowHeight(plot, rows.Count);
        var step = Math.Min(10, rowHeight * 0.7 / Math.Max(spec.Series.Count, 1));
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var series = spec.Series[s];
            var offset = (s - ((spec.Series.Count - 1) / 2.0)) * step;
            for (var r = 0; r < Math.Min(series.Y.Count, rows.Count); r++)
            {
                var y = RowCenter(plot, rows.Count, r) + offset;
                var collapsed = false;
                if (IntervalAt(series, r) is (var lower, var upper))
                {
                    collapsed = Collapsed(lower, upper);
                    if (!collapsed)
                    {
                        var x0 = scale.Map(lower, plot.X0, plot.X1);
                        var x1 = scale.Map(upper, plot.X0, plot.X1);
                        svg.Append("<path class=\"whisker\" fill=\"none\" stroke=\"").Append(Color(s)).Append("\" stroke-width=\"1.5\" d=\"M")
                           .Append(N(x0)).Append(' ').Append(N(y)).Append("H").Append(N(x1))
                           .Append("M").Append(N(x0)).Append(' ').Append(N(y - Cap)).Append("v").Append(N(2 * Cap))
                           .Append("M").Append(N(x1)).Append(' ').Append(N(y - Cap)).Append("v").Append(N(2 * Cap)).Append("\"/>\n");
                    }
                }

                if (double.IsFinite(series.Y[r]))
                {
                    // A collapsed interval is drawn as a hollow marker: the estimate is there, its uncertainty was not measurable.
                    svg.Append("<circle class=\"estimate").Append(collapsed ? " collapsed" : string.Empty).Append("\" cx=\"")
                       .Append(N(scale.Map(series.Y[r], plot.X0, plot.X1))).Append("\" cy=\"").Append(N(y)).Append("\" r=\"4\" ")
                       .Append(collapsed ? "fill=\"#fff\" stroke-width=\"1.5\" stroke" : "fill").Append("=\"").Append(Color(s)).Append("\"><title>")
                       .Append(HtmlText.EscapeText(rows[r])).Append(" · ").Append(HtmlText.EscapeText(series.Name)).Append(": ")
                       .Append(ValueText(series, r, labels)).Append("</title></circle>\n");
                }
            }
        }

        if (spec.ReferenceValue is { } reference && double.IsFinite(reference))
        {
            VerticalLine(svg, "reference", scale.Map(reference, plot.X0, plot.X1), plot.Y0, plot.Y1, "#344054", "5 4", $"{labels.Reference}: {DisplayNumber.Pretty(reference)}");
        }

        Frame(svg, plot);
    }

    private static List<(double X, int Row, double Color)> SwarmPoints(ChartSpec spec, int rows)
    {
        var points = new List<(double X, int Row, double Color)>();
        foreach (var series in spec.Series)
        {
            for (var i = 0; i < Math.Min(series.X.Count, series.Y.Count); i++)
            {
                if (double.IsFinite(series.X[i]) && double.IsFinite(series.Y[i]) && (int)Math.Round(series.Y[i]) is var row && row >= 0 && row < rows)
                {
                    points.Add((series.X[i], row, series.Color is { } color && i < color.Count ? color[i] : double.NaN));
                }
            }
        }

        return points;
    }

    private static void Beeswarm(StringBuilder svg, ChartSpec spec, Plot plot, IReadOnlyList<string> rows, AxisScale scale)
    {
        VerticalLine(svg, "zero", scale.Map(0, plot.X0, plot.X1), plot.Y0, plot.Y1, "#667085", dash: null, title: null);
        var maxOffset = (RowHeight(plot, rows.Count) / 2) - (SwarmDiameter / 2);
        var dots = new List<(double X, double Y, string Color)>();
        foreach (var row in SwarmPoints(spec, rows.Count).GroupBy(p => p.Row).OrderBy(g => g.Key))
        {
            var xs = row.Select(p => scale.Map(p.X, plot.X0, plot.X1)).ToList();
            var offsets = BeeswarmLayout.Offsets(xs, SwarmDiameter, maxOffset);
            var center = RowCenter(plot, rows.Count, row.Key);
            var i = 0;
            foreach (var point in row)
            {
                dots.Add((xs[i], center + offsets[i], RampColor(point.Color)));
                i++;
            }
        }

        Dots(svg, dots, SwarmDiameter, opacity: null);
        Frame(svg, plot);
    }

    private static double WaterfallStart(ChartSpec spec) => spec.ReferenceValue is { } b && double.IsFinite(b) ? b : 0;

    private static double[] WaterfallEnds(ChartSpec spec)
    {
        var contributions = spec.Series.Count == 0 ? [] : spec.Series[0].Y;
        var ends = new double[contributions.Count];
        var running = WaterfallStart(spec);
        for (var i = 0; i < contributions.Count; i++)
        {
            running += double.IsFinite(contributions[i]) ? contributions[i] : 0;
            ends[i] = running;
        }

        return ends;
    }

    private static void Waterfall(StringBuilder svg, ChartSpec spec, Plot plot, IReadOnlyList<string> rows, AxisScale scale, ChartLabels labels)
    {
        var contributions = spec.Series.Count == 0 ? [] : spec.Series[0].Y;
        var start = WaterfallStart(spec);
        var ends = WaterfallEnds(spec);
        var final = ends.Length == 0 ? start : ends[^1];
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
                var label = Signed(value);
                svg.Append("<rect class=\"wf-bar ").Append(up ? "wf-increase" : "wf-decrease").Append("\" x=\"").Append(N(Math.Min(xs, xe)))
                   .Append("\" y=\"").Append(N(top)).Append("\" width=\"").Append(N(Math.Max(Math.Abs(xe - xs), 1))).Append("\" height=\"").Append(N(height))
                   .Append("\" fill=\"").Append(up ? Increase : Decrease).Append("\"><title>").Append(HtmlText.EscapeText(rows[i])).Append(": ")
                   .Append(label).Append("</title></rect>\n");

                // The label sits past the bar's end in its direction; if that leaves the plot, before its start; if neither
                // has room (a bar across the whole plot), inside the bar, in white.
                var width = TextMetrics.Width(label, TextSize) + 4;
                var (lo, hi) = (Math.Min(xs, xe), Math.Max(xs, xe));
                var after = up ? hi + width <= plot.X1 : lo - width >= plot.X0;
                var before = up ? lo - width >= plot.X0 : hi + width <= plot.X1;
                string anchor;
                double x;
                var inside = false;
                if (after)
                {
                    (anchor, x) = up ? ("start", hi + 4) : ("end", lo - 4);
                }
                else if (before)
                {
                    (anchor, x) = up ? ("end", lo - 4) : ("start", hi + 4);
                }
                else
                {
                    (anchor, x, inside) = up ? ("end", hi - 4, true) : ("start", lo + 4, true);
                }

                svg.Append("<text class=\"wf-label").Append(inside ? " inside\" fill=\"#fff" : string.Empty).Append("\" text-anchor=\"").Append(anchor)
                   .Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(top + (height / 2) + 4)).Append("\">").Append(label).Append("</text>\n");
            }

            if (i < contributions.Count - 1)
            {
                VerticalLine(svg, "connector", xe, top + height, top + rowHeight, "#98a2b3", dash: "2 2", title: null);
            }

            from = ends[i];
        }

        var xBase = scale.Map(start, plot.X0, plot.X1);
        var xFinal = scale.Map(final, plot.X0, plot.X1);
        VerticalLine(svg, "reference", xBase, plot.Y0 - 14, plot.Y1, "#344054", "5 4", null);
        Marker(svg, "wf-base", $"{labels.Base} = {DisplayNumber.Pretty(start)}", xBase, plot.Y0 - 18, plot);
        VerticalLine(svg, "final", xFinal, plot.Y0 - 30, plot.Y1, "#1d2939", dash: null, title: null);
        Marker(svg, "wf-final", $"{labels.Output} = {DisplayNumber.Pretty(final)}", xFinal, plot.Y0 - 34, plot);
        Frame(svg, plot);
    }

    // A marker centred over its line, kept over the plot when it fits there.
    private static void Marker(StringBuilder svg, string cssClass, string text, double x, double y, Plot plot)
    {
        var half = (TextMetrics.Width(text, TextSize, bold: true) / 2) + 1;
        var center = half * 2 <= plot.X1 - plot.X0 ? Math.Clamp(x, plot.X0 + half, plot.X1 - half) : x;
        center = Math.Clamp(center, Pad + half, Width - Pad - half);
        svg.Append("<text class=\"").Append(cssClass).Append("\" font-weight=\"600\" text-anchor=\"middle\" x=\"").Append(N(center)).Append("\" y=\"").Append(N(y)).Append("\">")
           .Append(HtmlText.EscapeText(text)).Append("</text>\n");
    }

    private static string Signed(double value) => HtmlText.EscapeText(value >= 0 ? "+" + DisplayNumber.Pretty(value) : DisplayNumber.Pretty(value));
}
