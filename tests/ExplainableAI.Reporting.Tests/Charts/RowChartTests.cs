using ExplainableAI.Reporting.Charts;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Tests.Charts;

/// <summary>
/// The chart kinds with one row per category, and error bars, checked against coordinates worked out by hand from the
/// renderer's layout: width 640; a one-line title ends at y 19 and the header 16 px later (35); the left margin is the
/// widest row label (11 px, <see cref="TextMetrics"/>) plus 18, at least 48; the right margin 20; the y label heads
/// the row labels (20 px) or takes a line of its own (+20 px); rows of 24 px; the x label 21 px under the tick labels.
/// Coordinates are written with one decimal.
/// </summary>
public sealed class RowChartTests
{
    // Labels "A", "B" are narrow: plot x 48..620. "Site" (12 px, 2.16 em = 25.9 px) fits beside them (≤ 48 − 18), so
    // it heads them at y 47 and the rows start at 55: centres 67 and 91, plot y 55..103. The axis covers 0.1..0.8 with
    // step 0.2, so it runs 0..0.8 and x = 48 + v / 0.8 × 572: 0.1 → 119.5, 0.2 → 191, 0.3 → 262.5, 0.5 → 405.5,
    // 0.6 → 477. Height: ticks at 119, x label at 140, + 9 = 149.
    private static readonly ChartSpec DotWhisker = new(ChartKind.DotWhisker, "AUROC by site", "AUROC", "Site",
        [new ChartSeries("AUROC", [], [0.2, 0.6]) { Lower = [0.1, 0.5], Upper = [0.3, 0.8] }], ["A", "B"])
    { ReferenceValue = 0.5 };

    // Base 0.1, contributions +0.3, −0.1, +0.2: running ends 0.4, 0.3, 0.5. The longest label ("lactate", 3.72 em ×
    // 11 = 40.92 px) sets the left margin to 10 + 40.92 + 8 = 58.92. Axis 0.1..0.5 step 0.1,
    // x = 58.92 + (v − 0.1) / 0.4 × 561.08: 0.1 → 58.9, 0.3 → 339.46, 0.4 → 479.73, 0.5 → 620. "Feature" (50.5 px)
    // is wider than the margin, so it takes its own line (rows pushed to 55), and the markers take 36 more: rows of
    // 24 px from y 91 to 163. Bars start 0.18 × 24 = 4.32 px into their row and are 15.36 px high; labels sit at the
    // bar's middle + 4. Height: ticks at 179, x label at 200, + 9 = 209.
    private static readonly ChartSpec Waterfall = new(ChartKind.Waterfall, "Why this score", "Score", "Feature",
        [new ChartSeries("SHAP", [], [0.3, -0.1, 0.2])], ["lactate", "age", "crp"])
    { ReferenceValue = 0.1 };

    [Fact]
    public void Dot_whisker_draws_estimates_intervals_and_a_dashed_reference_at_hand_computed_positions()
    {
        var svg = SvgChartRenderer.Render(DotWhisker, "d1");

        Assert.Contains("viewBox=\"0 0 640 149\"", svg, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"estimate\" cx=\"191\" cy=\"67\" r=\"4\"", svg, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"estimate\" cx=\"477\" cy=\"91\" r=\"4\"", svg, StringComparison.Ordinal);
        Assert.Contains("d=\"M119.5 67H262.5M119.5 63v8M262.5 63v8\"", svg, StringComparison.Ordinal);
        Assert.Contains("<line class=\"reference\" x1=\"405.5\" x2=\"405.5\" y1=\"55\" y2=\"103\" stroke=\"#344054\" stroke-dasharray=\"5 4\">", svg, StringComparison.Ordinal);
        Assert.Contains("<text class=\"axis-label\" text-anchor=\"end\" x=\"40\" y=\"47\">Site</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">A</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">B</text>", svg, StringComparison.Ordinal);
        Assert.Contains("A · AUROC: 0.200 [0.100, 0.300]", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_whisker_draws_a_collapsed_interval_as_a_hollow_marker_without_a_whisker()
    {
        var spec = DotWhisker with { Series = [new ChartSeries("AUROC", [], [0.2, 0.6]) { Lower = [0.1, 0.6], Upper = [0.3, 0.6] }] };

        var svg = SvgChartRenderer.Render(spec, "d3");

        // The data now end at 0.6: the axis runs 0.1..0.6, and 0.6 sits at the plot's right edge, 620.
        Assert.Equal(1, Count(svg, "class=\"whisker\""));
        Assert.Contains("<circle class=\"estimate collapsed\" cx=\"620\" cy=\"91\" r=\"4\" fill=\"#fff\" stroke-width=\"1.5\" stroke=\"#0072B2\">", svg, StringComparison.Ordinal);
        Assert.Contains("B · AUROC: 0.600 [0.600, 0.600] (interval collapsed)</title>", svg, StringComparison.Ordinal);
        Assert.Contains("(区間の幅が0)", SvgChartRenderer.Render(spec, "d4", ChartLabels.English with { IntervalCollapsed = "区間の幅が0" }), StringComparison.Ordinal);
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

        Assert.Contains("viewBox=\"0 0 640 209\"", svg, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"wf-bar wf-increase\" x=\"58.9\" y=\"95.3\" width=\"420.8\" height=\"15.4\" fill=\"#D55E00\">", svg, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"wf-bar wf-decrease\" x=\"339.5\" y=\"119.3\" width=\"140.3\" height=\"15.4\" fill=\"#0072B2\">", svg, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"wf-bar wf-increase\" x=\"339.5\" y=\"143.3\" width=\"280.5\" height=\"15.4\" fill=\"#D55E00\">", svg, StringComparison.Ordinal);
        Assert.Contains(">+0.300</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">−0.100</text>", svg, StringComparison.Ordinal);
        Assert.Contains("<line class=\"final\" x1=\"620\" x2=\"620\"", svg, StringComparison.Ordinal);
        Assert.Contains("<line class=\"reference\" x1=\"58.9\" x2=\"58.9\"", svg, StringComparison.Ordinal);
        Assert.Contains(">output = 0.500</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">base = 0.100</text>", svg, StringComparison.Ordinal);
        Assert.Equal(2, Count(svg, "class=\"connector\""));
    }

    [Fact]
    public void Waterfall_label_past_the_right_edge_moves_before_the_bar()
    {
        var svg = SvgChartRenderer.Render(Waterfall, "w2");

        // The last bar ends at the plot's right edge (620): its label goes left of its start (339.46 − 4), anchored at its end.
        Assert.Contains("<text class=\"wf-label\" text-anchor=\"end\" x=\"335.5\" y=\"155\">+0.200</text>", svg, StringComparison.Ordinal);

        // The first ends at 479.73, with room after it ("+0.300" is 40.9 px): 479.73 + 4, anchored at its start.
        Assert.Contains("<text class=\"wf-label\" text-anchor=\"start\" x=\"483.7\" y=\"107\">+0.300</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Beeswarm_draws_one_dot_per_row_value_coloured_by_feature_value_with_a_colour_bar()
    {
        var spec = new ChartSpec(ChartKind.Beeswarm, "SHAP summary", "SHAP value", "Feature",
            [new ChartSeries("rows", [-0.2, 0.1, 0.3, 0.05, double.NaN], [0, 0, 1, 1, 1]) { Color = [0, 1, double.NaN, 0.5, 0.2] }],
            ["lactate", "age"]);

        var svg = SvgChartRenderer.Render(spec, "b1");

        // Four finite points, each one "M x yh0" segment in the path of its colour.
        Assert.Equal(4, Count(svg, "h0"));
        Assert.Contains("<path stroke=\"#008bfb\" d=\"M", svg, StringComparison.Ordinal);
        Assert.Contains("<path stroke=\"#ff0051\" d=\"M", svg, StringComparison.Ordinal);
        Assert.Contains("<path stroke=\"#9e9e9e\" d=\"M", svg, StringComparison.Ordinal);
        Assert.Contains("<path stroke=\"#8046a6\" d=\"M", svg, StringComparison.Ordinal);
        Assert.Contains("<linearGradient id=\"b1-ramp\"", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"url(#b1-ramp)\"", svg, StringComparison.Ordinal);
        Assert.Contains(">Feature value</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">low</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">high</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">missing</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">lactate</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        Assert.Equal(svg, SvgChartRenderer.Render(spec, "b1"));
    }

    [Fact]
    public void Beeswarm_titles_its_colour_bar_with_the_colour_label_when_given()
    {
        var spec = new ChartSpec(ChartKind.Beeswarm, "s", "x", "y", [new ChartSeries("r", [0.1], [0]) { Color = [0.5] }], ["f"]) { ColorLabel = "feature value (scaled)" };

        var svg = SvgChartRenderer.Render(spec, "b3");

        Assert.Contains(">feature value (scaled)</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">Feature value</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">missing</text>", svg, StringComparison.Ordinal);
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
        // Left margin: rotated y label 10 + 15, 6, tick labels "0.0".."1.0" (1.6 em × 11 = 17.6), 6 → 54.6. Plot x
        // 54.6..620, y 35..275 (240 high under a one-line title). x axis 0..2: x = 54.6 + v / 2 × 565.4; y axis 0..1:
        // y = 275 − v × 240.
        var spec = new ChartSpec(ChartKind.Step, "ECDF", "Value", "Share", [new ChartSeries("current", [2, 0, 1], [1, 0, 0.5])]);

        var svg = SvgChartRenderer.Render(spec, "s1");

        Assert.Contains("d=\"M54.6 275H337.3V155H620V35\"", svg, StringComparison.Ordinal);
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
        // x axis 1..2 (step 0.2): x = 54.6 + (v − 1) × 565.4; y covers 0.5..2, range 1.5 / 5 = 0.3 → step 0.5, over 35..275:
        // y = 275 − (v − 0.5) / 1.5 × 240, so 0.5 → 275 and 1.5 → 115. Tick labels "0.5".."2.0" give the margin 54.6.
        var spec = new ChartSpec(ChartKind.Scatter, "Calibration", "x", "y",
            [new ChartSeries("m", [1, 2], [1, 2]) { Lower = [0.5, double.NaN], Upper = [1.5, double.NaN] }]);

        var svg = SvgChartRenderer.Render(spec, "e1");

        Assert.Equal(1, Count(svg, "class=\"error-bar\""));
        Assert.Contains("d=\"M54.6 275V115M50.6 275h8M50.6 115h8\"", svg, StringComparison.Ordinal);
        Assert.Contains("m: (1, 1.00 [0.50, 1.50])", svg, StringComparison.Ordinal);
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
    public void Row_labels_beyond_the_cap_wrap_onto_two_lines_with_the_full_text_as_a_tooltip()
    {
        // 60 "x" are 60 × 0.64 × 11 = 422 px, more than 45 % of 640 (288): the margin stops at 10 + 288 + 8 = 306, and
        // the label breaks between characters into two lines with the whole label as the group's title.
        var label = new string('x', 60);
        var spec = DotWhisker with { Categories = [label, "B"] };

        var svg = SvgChartRenderer.Render(spec, "l1");

        Assert.Contains("<g><title>" + label + "</title>", svg, StringComparison.Ordinal);
        Assert.Contains("x=\"298\"", svg, StringComparison.Ordinal);
        Assert.Equal(3, Count(svg, "class=\"row-label\" text-anchor=\"end\" x=\"298\"")); // two lines for the long label, one for "B"
        Assert.DoesNotContain("…", svg, StringComparison.Ordinal);
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
