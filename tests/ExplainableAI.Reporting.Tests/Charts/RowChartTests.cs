using ExplainableAI.Reporting.Charts;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Tests.Charts;

/// <summary>
/// The chart kinds with one row per category, and error bars, checked against coordinates worked out by hand from the
/// renderer's layout: width 640, left margin 64 (short labels), right margin 20 (96 for a beeswarm), bottom 58.
/// </summary>
public sealed class RowChartTests
{
    // Two rows of 24 px under a 40 px header: plot x 64..620, y 40..88, height 146. The axis covers 0.1..0.8 with step
    // 0.2, so it runs 0..0.8 and x = 64 + v / 0.8 × 556: 0.1 → 133.5, 0.2 → 203, 0.3 → 272.5, 0.5 → 411.5, 0.6 → 481.
    // Row centres: 40 + 12 = 52 and 40 + 36 = 76.
    private static readonly ChartSpec DotWhisker = new(ChartKind.DotWhisker, "AUROC by site", "AUROC", "Site",
        [new ChartSeries("AUROC", [], [0.2, 0.6]) { Lower = [0.1, 0.5], Upper = [0.3, 0.8] }], ["A", "B"]) { ReferenceValue = 0.5 };

    // Base 0.1, contributions +0.3, −0.1, +0.2: running ends 0.4, 0.3, 0.5. The longest label ("lactate", 7 characters)
    // sets the left margin to 38 + 7 × 6.2 = 81.4. Axis 0.1..0.5 step 0.1, x = 81.4 + (v − 0.1) / 0.4 × 538.6:
    // 0.1 → 81.4, 0.3 → 350.7, 0.4 → 485.35, 0.5 → 620. Three rows of 24 px under a 78 px header (y 78..150); bars start
    // 0.18 × 24 = 4.32 px into their row and are 15.36 px high; labels sit at the bar's middle + 4.
    private static readonly ChartSpec Waterfall = new(ChartKind.Waterfall, "Why this score", "Score", "Feature",
        [new ChartSeries("SHAP", [], [0.3, -0.1, 0.2])], ["lactate", "age", "crp"]) { ReferenceValue = 0.1 };

    [Fact]
    public void Dot_whisker_draws_estimates_intervals_and_a_dashed_reference_at_hand_computed_positions()
    {
        var svg = SvgChartRenderer.Render(DotWhisker, "d1");

        Assert.Contains("viewBox=\"0 0 640 146\"", svg, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"estimate\" cx=\"203\" cy=\"52\" r=\"4\"", svg, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"estimate\" cx=\"481\" cy=\"76\" r=\"4\"", svg, StringComparison.Ordinal);
        Assert.Contains("d=\"M133.5 52 H272.5 M133.5 48 V56 M272.5 48 V56\"", svg, StringComparison.Ordinal);
        Assert.Contains("<line class=\"reference\" x1=\"411.5\" x2=\"411.5\" y1=\"40\" y2=\"88\" stroke-dasharray=\"5 4\">", svg, StringComparison.Ordinal);
        Assert.Contains(">A</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">B</text>", svg, StringComparison.Ordinal);
        Assert.Contains("A · AUROC: 0.2000 [0.1000, 0.3000]", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_whisker_offsets_series_within_a_row_and_shows_a_legend()
    {
        var spec = DotWhisker with
        {
            Series = [DotWhisker.Series[0], new ChartSeries("Calibrated", [], [0.25, 0.55]) { Lower = [0.2, 0.5], Upper = [0.3, 0.6] }],
        };

        var svg = SvgChartRenderer.Render(spec, "d2");

        Assert.Contains("class=\"legend\"", svg, StringComparison.Ordinal);
        Assert.Equal(4, Count(svg, "<circle class=\"estimate\""));
        Assert.Equal(4, Count(svg, "class=\"whisker\""));
    }

    [Fact]
    public void Waterfall_draws_bars_from_the_base_value_coloured_by_sign_and_marks_base_and_output()
    {
        var svg = SvgChartRenderer.Render(Waterfall, "w1");

        Assert.Contains("viewBox=\"0 0 640 208\"", svg, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"wf-bar wf-increase\" x=\"81.4\" y=\"82.32\" width=\"403.95\" height=\"15.36\" fill=\"#D55E00\">", svg, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"wf-bar wf-decrease\" x=\"350.7\" y=\"106.32\" width=\"134.65\" height=\"15.36\" fill=\"#0072B2\">", svg, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"wf-bar wf-increase\" x=\"350.7\" y=\"130.32\" width=\"269.3\" height=\"15.36\" fill=\"#D55E00\">", svg, StringComparison.Ordinal);
        Assert.Contains(">+0.3000</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">−0.1000</text>", svg, StringComparison.Ordinal);
        Assert.Contains("<line class=\"final\" x1=\"620\" x2=\"620\"", svg, StringComparison.Ordinal);
        Assert.Contains("<line class=\"reference\" x1=\"81.4\" x2=\"81.4\"", svg, StringComparison.Ordinal);
        Assert.Contains(">output = 0.5000</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">base = 0.1000</text>", svg, StringComparison.Ordinal);
        Assert.Equal(2, Count(svg, "class=\"connector\""));
    }

    [Fact]
    public void Waterfall_label_past_the_right_edge_moves_before_the_bar()
    {
        var svg = SvgChartRenderer.Render(Waterfall, "w2");

        // The last bar ends at the plot's right edge (620): its label goes left of its start (350.7 − 4), anchored at its end.
        Assert.Contains("<text class=\"wf-label\" text-anchor=\"end\" x=\"346.7\" y=\"142\">+0.2000</text>", svg, StringComparison.Ordinal);

        // The first ends at 485.35, with room after it: 485.35 + 4, anchored at its start.
        Assert.Contains("<text class=\"wf-label\" text-anchor=\"start\" x=\"489.35\" y=\"94\">+0.3000</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Beeswarm_draws_one_point_per_row_value_coloured_by_feature_value_with_a_colour_legend()
    {
        var spec = new ChartSpec(ChartKind.Beeswarm, "SHAP summary", "SHAP value", "Feature",
            [new ChartSeries("rows", [-0.2, 0.1, 0.3, 0.05, double.NaN], [0, 0, 1, 1, 1]) { Color = [0, 1, double.NaN, 0.5, 0.2] }],
            ["lactate", "age"]);

        var svg = SvgChartRenderer.Render(spec, "b1");

        Assert.Equal(4, Count(svg, "<circle class=\"swarm-point\""));
        Assert.Contains("fill=\"#008bfb\"", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"#ff0051\"", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"#9e9e9e\"", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"#8046a6\"", svg, StringComparison.Ordinal);
        Assert.Contains("<linearGradient id=\"b1-ramp\"", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"url(#b1-ramp)\"", svg, StringComparison.Ordinal);
        Assert.Contains(">Feature value</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">low</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">high</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">lactate</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        Assert.Equal(svg, SvgChartRenderer.Render(spec, "b1"));
    }

    [Fact]
    public void Beeswarm_uses_the_given_words_escaped()
    {
        var spec = new ChartSpec(ChartKind.Beeswarm, "s", "x", "y", [new ChartSeries("r", [0.1], [0]) { Color = [0.5] }], ["f"]);

        var svg = SvgChartRenderer.Render(spec, "b2", ChartLabels.English with { FeatureValue = "<値>", Low = "低", High = "高" });

        Assert.Contains(">&lt;値&gt;</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">低</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_chart_holds_each_value_until_the_next_x()
    {
        // x axis 0..2 (step 0.5): x = 64 + v × 278; y axis 0..1 (step 0.2) over 40..282: y = 282 − v × 242.
        var spec = new ChartSpec(ChartKind.Step, "ECDF", "Value", "Share", [new ChartSeries("current", [2, 0, 1], [1, 0, 0.5])]);

        var svg = SvgChartRenderer.Render(spec, "s1");

        Assert.Contains("points=\"64,282 342,282 342,161 620,161 620,40\"", svg, StringComparison.Ordinal);
        Assert.Equal(0, Count(svg, "<circle"));
        Assert.Contains("class=\"series step\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_chart_with_several_series_has_a_legend_and_one_path_each()
    {
        var spec = new ChartSpec(ChartKind.Step, "ECDF", "Value", "Share",
            [new ChartSeries("reference", [0, 1, 2], [0.2, 0.6, 1]), new ChartSeries("current", [0, 1, 2], [0.1, 0.3, 1])]);

        var svg = SvgChartRenderer.Render(spec, "s2");

        Assert.Contains("class=\"legend\"", svg, StringComparison.Ordinal);
        Assert.Equal(2, Count(svg, "class=\"series step\""));
        Assert.Contains(">reference</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">current</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Scatter_draws_error_bars_only_where_an_interval_is_given()
    {
        // x axis 1..2 (step 0.2): x = 64 + (v − 1) × 556; y covers 0.5..2, range 1.5 / 5 = 0.3 → step 0.5, over 40..282:
        // y = 282 − (v − 0.5) / 1.5 × 242, so 0.5 → 282 and 1.5 → 120.67.
        var spec = new ChartSpec(ChartKind.Scatter, "Calibration", "x", "y",
            [new ChartSeries("m", [1, 2], [1, 2]) { Lower = [0.5, double.NaN], Upper = [1.5, double.NaN] }]);

        var svg = SvgChartRenderer.Render(spec, "e1");

        Assert.Equal(1, Count(svg, "class=\"error-bar\""));
        Assert.Contains("d=\"M64 282 V120.67 M60 282 H68 M60 120.67 H68\"", svg, StringComparison.Ordinal);
        Assert.Contains("m: (1.0000, 1.0000) [0.5000, 1.5000]", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Bar_and_line_draw_error_bars_and_widen_the_axis_to_hold_them()
    {
        var bar = new ChartSpec(ChartKind.Bar, "Rate", "Group", "Rate", [new ChartSeries("r", [], [0.3, 0.4]) { Lower = [0.2, 0.35], Upper = [0.45, 0.9] }], ["F", "M"]);
        var line = new ChartSpec(ChartKind.Line, "Curve", "x", "y", [new ChartSeries("r", [0, 1], [0.3, 0.4]) { Lower = [0.2, 0.35], Upper = [0.45, 0.9] }]);

        var barSvg = SvgChartRenderer.Render(bar, "e2");
        var lineSvg = SvgChartRenderer.Render(line, "e3");

        Assert.Equal(2, Count(barSvg, "class=\"error-bar\""));
        Assert.Equal(2, Count(lineSvg, "class=\"error-bar\""));
        Assert.Contains(">1.0</text>", barSvg, StringComparison.Ordinal); // 0.9 lies above every bar: the axis reaches 1.0
    }

    [Fact]
    public void Row_charts_escape_categories_and_series_names()
    {
        const string hostile = "<b>&\"'";
        foreach (var kind in new[] { ChartKind.DotWhisker, ChartKind.Waterfall, ChartKind.Beeswarm })
        {
            var spec = new ChartSpec(kind, hostile, hostile, hostile,
                [new ChartSeries(hostile, [0.1], [0]) { Lower = [0], Upper = [0.2], Color = [0.5] }, new ChartSeries("b", [0.2], [0])], [hostile]);

            var svg = SvgChartRenderer.Render(spec, "h");

            Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
            Assert.Contains("&lt;b&gt;&amp;&quot;&#39;", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Row_charts_without_data_still_render_a_frame()
    {
        foreach (var kind in new[] { ChartKind.DotWhisker, ChartKind.Waterfall, ChartKind.Beeswarm, ChartKind.Step })
        {
            var svg = SvgChartRenderer.Render(new ChartSpec(kind, "Empty", "x", "y", []), "z");

            Assert.Contains("class=\"axis\"", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Long_row_labels_widen_the_left_margin_up_to_a_limit()
    {
        var spec = DotWhisker with { Categories = [new string('x', 40), "B"] };

        var svg = SvgChartRenderer.Render(spec, "l1");

        // 28 characters are kept (27 and an ellipsis): margin 38 + 28 × 6.2 = 211.6; labels end 8 px before it.
        Assert.Contains("x=\"203.6\"", svg, StringComparison.Ordinal);
        Assert.Contains(new string('x', 27) + "…", svg, StringComparison.Ordinal);
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
