using System.Globalization;
using ExplainableAI.Reporting.Charts;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Tests.Charts;

public sealed class SvgChartRendererTests
{
    private static readonly ChartSpec Bar = new(ChartKind.Bar, "Rate by group", "Group", "Rate",
        [new ChartSeries("Selection", [], [0.284, 0.396]), new ChartSeries("TPR", [], [0.71, 0.83])], ["F", "M"]);

    private static readonly ChartSpec Line = new(ChartKind.Line, "Reliability", "Predicted", "Observed",
        [new ChartSeries("Model", [0.1, 0.5, 0.9], [0.05, 0.48, 0.8])]);

    [Fact]
    public void Bar_chart_draws_one_rect_per_value_with_ticks_axis_labels_and_legend()
    {
        var svg = SvgChartRenderer.Render(Bar, "c1");

        Assert.StartsWith("<svg class=\"chart chart-bar\" role=\"img\" aria-labelledby=\"c1-title\"", svg, StringComparison.Ordinal);
        Assert.Equal(4 + 2, Count(svg, "<rect ")); // four bars and two legend swatches
        Assert.Contains(">0.0</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">1.0</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">Group</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">Rate</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">Selection</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">TPR</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_chart_draws_a_polyline_through_its_points()
    {
        var svg = SvgChartRenderer.Render(Line, "c2");

        Assert.Equal(1, Count(svg, "<polyline"));
        Assert.Equal(3, Count(svg, "<circle"));
        Assert.DoesNotContain("class=\"legend\"", svg, StringComparison.Ordinal); // one series needs no legend
    }

    [Fact]
    public void Scatter_chart_draws_points_without_lines()
    {
        var scatter = Line with { Kind = ChartKind.Scatter };

        var svg = SvgChartRenderer.Render(scatter, "c3");

        Assert.Equal(0, Count(svg, "<polyline"));
        Assert.Equal(3, Count(svg, "<circle"));
    }

    [Fact]
    public void Scatter_with_a_colour_label_colours_each_point_by_its_value_and_draws_a_colour_bar()
    {
        // Colour values 0, 0.5, 1 and NaN: the ramp's ends, its middle (#8046a6, see ColorRamp's test) and grey.
        var spec = new ChartSpec(ChartKind.Scatter, "Dependence: lactate", "lactate", "SHAP value",
            [new ChartSeries("rows", [1, 2, 3, 4], [0.1, 0.2, 0.3, 0.4]) { Color = [0, 0.5, 1, double.NaN] }])
        { ColorLabel = "temperature" };

        var svg = SvgChartRenderer.Render(spec, "k1");

        Assert.Contains("r=\"3.5\" fill=\"#008bfb\"", svg, StringComparison.Ordinal);
        Assert.Contains("r=\"3.5\" fill=\"#8046a6\"", svg, StringComparison.Ordinal);
        Assert.Contains("r=\"3.5\" fill=\"#ff0051\"", svg, StringComparison.Ordinal);
        Assert.Contains("r=\"3.5\" fill=\"#9e9e9e\"", svg, StringComparison.Ordinal);
        Assert.Contains("<g class=\"color-legend\">", svg, StringComparison.Ordinal);
        Assert.Contains(">temperature</text>", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"url(#k1-ramp)\"", svg, StringComparison.Ordinal);
        Assert.Contains(">missing</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Scatter_without_a_colour_label_keeps_one_colour_and_no_colour_bar()
    {
        var spec = new ChartSpec(ChartKind.Scatter, "Dependence", "x", "y", [new ChartSeries("rows", [1, 2], [0.1, 0.2]) { Color = [0, 1] }]);

        var svg = SvgChartRenderer.Render(spec, "k2");

        Assert.Equal(2, Count(svg, "fill=\"#0072B2\""));
        Assert.DoesNotContain("color-legend", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_scatter_draws_one_path_per_colour_in_value_order()
    {
        // 200 points whose colour value rises with x: the ramp in 32 steps gives 33 colours, each a path of "M x yh0"
        // segments; sorted by x, every point's colour has at least as much red (and no more blue) as the one before.
        var x = Enumerable.Range(0, 200).Select(i => (double)i).ToArray();
        var spec = new ChartSpec(ChartKind.Scatter, "Dependence", "x", "y", [new ChartSeries("rows", x, x) { Color = [.. x.Select(v => v / 199)] }]) { ColorLabel = "v" };

        var svg = SvgChartRenderer.Render(spec, "k3");

        Assert.Equal(0, Count(svg, "<circle"));
        Assert.Equal(200, Count(svg, "h0"));
        var colours = System.Text.RegularExpressions.Regex.Matches(svg, "<path stroke=\"#([0-9a-f]{6})\" d=\"([^\"]*)\"")
            .SelectMany(m => m.Groups[2].Value.Split('M', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => (X: double.Parse(p.Split(' ')[0], CultureInfo.InvariantCulture), Hex: m.Groups[1].Value)))
            .OrderBy(p => p.X)
            .Select(p => (Red: Convert.ToInt32(p.Hex[..2], 16), Blue: Convert.ToInt32(p.Hex[4..], 16)))
            .ToList();
        Assert.Equal(33, svg.Split("<path stroke=\"#").Length - 1);
        Assert.Equal((0x00, 0xfb), colours[0]);
        Assert.Equal((0xff, 0x51), colours[^1]);
        Assert.All(colours.Zip(colours.Skip(1)), pair => Assert.True(pair.Second.Red >= pair.First.Red && pair.Second.Blue <= pair.First.Blue));
    }

    [Fact]
    public void Non_finite_values_are_skipped()
    {
        var spec = Line with { Series = [new ChartSeries("Model", [0.1, double.NaN, 0.9], [0.05, 0.48, double.PositiveInfinity])] };

        var svg = SvgChartRenderer.Render(spec, "c4");

        Assert.Equal(1, Count(svg, "<circle"));
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void All_text_is_escaped()
    {
        const string hostile = "<b>&\"'";
        var spec = new ChartSpec(ChartKind.Bar, hostile, hostile, hostile, [new ChartSeries(hostile, [], [1]), new ChartSeries("b", [], [2])], [hostile]);

        var svg = SvgChartRenderer.Render(spec, "c5");

        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;&amp;&quot;&#39;", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_identical_across_cultures_and_runs()
    {
        var expected = SvgChartRenderer.Render(Line, "c6");
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.Equal(expected, SvgChartRenderer.Render(Line, "c6"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.DoesNotContain(",5", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_chart_still_renders_axes()
    {
        var svg = SvgChartRenderer.Render(new ChartSpec(ChartKind.Line, "Empty", "x", "y", []), "c7");

        Assert.Contains("class=\"axis\"", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, 0.396, true, 0.0, 0.4, 0.1)]
    [InlineData(0.05, 0.95, false, 0.0, 1.0, 0.2)]
    [InlineData(-3.0, 7.0, true, -4.0, 8.0, 2.0)]
    [InlineData(5.0, 5.0, false, 4.4, 5.6, 0.2)]
    public void Axis_scale_uses_round_steps_and_covers_the_data(double min, double max, bool zero, double lo, double hi, double step)
    {
        var scale = AxisScale.Covering([min, max], zero);

        Assert.Equal(lo, scale.Min, 9);
        Assert.Equal(hi, scale.Max, 9);
        Assert.Equal(step, scale.Step, 9);
    }

    private static int Count(string text, string fragment)
    {
        var count = 0;
        for (var i = text.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = text.IndexOf(fragment, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
