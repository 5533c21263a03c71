using System.Text;
using ExplainableAI.Reporting.Html;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Charts;

/// <summary>Line, scatter and step charts: (x, y) points, with error bars where the series gives intervals.</summary>
internal static partial class SvgChartRenderer
{
    // Up to this many points a scatter draws one circle each, with a tooltip; beyond, tooltips over a cloud help nobody,
    // and the points are drawn as one path per colour, a tenth of the markup.
    private const int MaxPointsWithTooltips = 60;

    // A line through more points than this is a curve (ROC, precision–recall): its markers would only blur it.
    private const int MaxLineMarkers = 40;

    private static void Points(StringBuilder svg, ChartSpec spec, Plot plot, AxisScale xScale, AxisScale yScale, ChartLabels labels)
    {
        var colored = IsColored(spec);
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

            if (spec.Kind == ChartKind.Step && points.Count > 1)
            {
                // Horizontal then vertical moves: an ECDF of thousands of values stays a few kilobytes.
                svg.Append("<path class=\"series step\" fill=\"none\" stroke=\"").Append(Color(s)).Append("\" stroke-width=\"2\" d=\"M")
                   .Append(N(points[0].X)).Append(' ').Append(N(points[0].Y));
                for (var i = 1; i < points.Count; i++)
                {
                    svg.Append('H').Append(N(points[i].X)).Append('V').Append(N(points[i].Y));
                }

                svg.Append("\"><title>").Append(HtmlText.EscapeText(series.Name)).Append("</title></path>\n");
            }
            else if (spec.Kind == ChartKind.Line && points.Count > 1)
            {
                svg.Append("<polyline class=\"series\" fill=\"none\" stroke=\"").Append(Color(s)).Append("\" stroke-width=\"2\" points=\"");
                for (var i = 0; i < points.Count; i++)
                {
                    svg.Append(i == 0 ? string.Empty : " ").Append(N(points[i].X)).Append(',').Append(N(points[i].Y));
                }

                svg.Append("\"><title>").Append(HtmlText.EscapeText(series.Name)).Append("</title></polyline>\n");
            }

            foreach (var (x, _, index) in points)
            {
                if (IntervalAt(series, index) is (var lower, var upper) && !Collapsed(lower, upper))
                {
                    VerticalErrorBar(svg, x, yScale.Map(lower, plot.Y1, plot.Y0), yScale.Map(upper, plot.Y1, plot.Y0), Color(s));
                }
            }

            var line = spec.Kind == ChartKind.Line;
            if (spec.Kind == ChartKind.Step || (line && points.Count > MaxLineMarkers))
            {
                continue;
            }

            string Fill(int index) => colored ? RampColor(series.Color is { } c && index < c.Count ? c[index] : double.NaN) : Color(s);
            if (line || points.Count <= MaxPointsWithTooltips)
            {
                foreach (var (x, y, index) in points)
                {
                    svg.Append("<circle cx=\"").Append(N(x)).Append("\" cy=\"").Append(N(y)).Append("\" r=\"").Append(line ? "2.5" : "3.5")
                       .Append("\" fill=\"").Append(Fill(index)).Append(line ? "\"" : "\" fill-opacity=\"0.8\"").Append("><title>")
                       .Append(HtmlText.EscapeText(series.Name)).Append(": (").Append(Value(series.X[index])).Append(", ")
                       .Append(ValueText(series, index, labels)).Append(")</title></circle>\n");
                }
            }
            else
            {
                Dots(svg, points.Select(p => (p.X, p.Y, Fill(p.Index))), 7, "0.8");
            }
        }

        HorizontalReference(svg, spec, yScale, plot, labels);
        Frame(svg, plot);
    }

    // Many points as zero-length path segments with round caps, one path per colour: each point costs about 9 bytes
    // ("M123 57h0") instead of a whole element. Whole units: half a unit is invisible on a dot several units wide.
    private static void Dots(StringBuilder svg, IEnumerable<(double X, double Y, string Color)> points, double diameter, string? opacity)
    {
        svg.Append("<g class=\"dots\" fill=\"none\" stroke-linecap=\"round\" stroke-width=\"").Append(N(diameter)).Append('"');
        if (opacity is not null)
        {
            svg.Append(" stroke-opacity=\"").Append(opacity).Append('"');
        }

        svg.Append(">\n");
        foreach (var group in points.GroupBy(p => p.Color, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            svg.Append("<path stroke=\"").Append(group.Key).Append("\" d=\"");
            foreach (var (x, y, _) in group)
            {
                svg.Append('M').Append(N(Math.Round(x))).Append(' ').Append(N(Math.Round(y))).Append("h0");
            }

            svg.Append("\"/>\n");
        }

        svg.Append("</g>\n");
    }
}
