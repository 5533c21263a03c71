using ExplainableAI.Reporting.Charts;
using ExplainableAI.Reporting.Html;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Tests.Charts;

/// <summary>
/// No text leaves its drawing: for every kind, with long English and Japanese names, each <c>&lt;text&gt;</c> lies
/// inside the viewBox (measured with the renderer's estimator), and every name is in the SVG in full, drawn or as a
/// tooltip.
/// </summary>
public sealed class TextFitTests
{
    public static TheoryData<ChartKind, string> Cases()
    {
        var data = new TheoryData<ChartKind, string>();
        foreach (var kind in Enum.GetValues<ChartKind>())
        {
            data.Add(kind, "en");
            data.Add(kind, "ja");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_text_lies_inside_the_view_box(ChartKind kind, string language)
    {
        var spec = LongNames.Chart(kind, language);

        var svg = SvgChartRenderer.Render(spec, "fit", LongNames.Labels(language));

        var (width, height) = SvgText.ViewBox(svg);
        var texts = SvgText.Texts(svg);
        Assert.NotEmpty(texts);
        Assert.All(texts, t =>
        {
            Assert.True(t.Left >= 0 && t.Right <= width, $"'{t.Content}' ({t.Class}) spans x {t.Left:0.#}..{t.Right:0.#} of {width}");
            Assert.True(t.Top >= 0 && t.Bottom <= height, $"'{t.Content}' ({t.Class}) spans y {t.Top:0.#}..{t.Bottom:0.#} of {height}");
        });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_name_is_in_the_svg_in_full(ChartKind kind, string language)
    {
        var spec = LongNames.Chart(kind, language);

        var svg = SvgChartRenderer.Render(spec, "full", LongNames.Labels(language));

        var names = new List<string> { spec.Title, spec.Subtitle!, spec.XLabel, spec.YLabel };
        names.AddRange(spec.Categories ?? []);
        if (spec.Series.Count > 1 && kind is not (ChartKind.Beeswarm or ChartKind.Waterfall))
        {
            names.AddRange(spec.Series.Select(s => s.Name));
        }

        if (spec.ColorLabel is not null && kind is ChartKind.Scatter or ChartKind.Beeswarm)
        {
            names.Add(spec.ColorLabel);
        }

        Assert.All(names, name => Assert.Contains(HtmlText.EscapeText(name), svg, StringComparison.Ordinal));
    }

    [Fact]
    public void Row_labels_within_the_cap_are_drawn_on_one_line_in_full()
    {
        // "sex=F&age=>=65" and a 40-character feature name fit in 45 % of 640 px: no wrapping, no ellipsis.
        var spec = new ChartSpec(ChartKind.DotWhisker, "t", "x", "y",
            [new ChartSeries("s", [], [0.1, 0.2]) { Lower = [0, 0.1], Upper = [0.2, 0.3] }], ["sex=F&age=>=65", "antibiotics_ordered_in_the_last_24_hours"]);

        var svg = SvgChartRenderer.Render(spec, "cap");

        Assert.Contains(">sex=F&amp;age=&gt;=65</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">antibiotics_ordered_in_the_last_24_hours</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("…", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_title_wraps_to_two_lines_and_a_subtitle_follows_in_smaller_type()
    {
        var spec = LongNames.Chart(ChartKind.Bar, "en");

        var svg = SvgChartRenderer.Render(spec, "wrap");

        var texts = SvgText.Texts(svg);
        Assert.Equal(2, texts.Count(t => t.Class == "chart-title"));
        Assert.InRange(texts.Count(t => t.Class == "chart-subtitle"), 1, 3);
        Assert.True(texts.Where(t => t.Class == "chart-subtitle").Min(t => t.Top) > texts.Where(t => t.Class == "chart-title").Max(t => t.Top));
        Assert.Contains("<desc id=\"wrap-desc\">", svg, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"wrap-desc\"", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", 11, 0.64 * 3 * 11)]
    [InlineData("特徴量", 12, 36)] // CJK: 1 em each
    [InlineData("ａ（", 10, 20)] // full-width Latin and punctuation: 1 em
    [InlineData("il.", 10, 3 * 0.32 * 10)]
    public void Width_estimate_counts_full_width_characters_as_one_em(string text, double size, double expected) =>
        Assert.Equal(expected, TextMetrics.Width(text, size), 9);

    [Fact]
    public void Wrapping_breaks_after_separators_and_between_cjk_characters()
    {
        var (english, englishCut) = TextMetrics.Wrap("sex=F&age=>=65&site=B", 11, 80, 3);
        var (japanese, _) = TextMetrics.Wrap("特徴量の値の分布", 10, 40, 3);

        Assert.False(englishCut);
        Assert.Equal("sex=F&age=>=65&site=B", string.Concat(english));
        Assert.All(english, line => Assert.True(TextMetrics.Width(line, 11) <= 80, line));
        Assert.Equal(["特徴量の", "値の分布"], japanese);
    }

    [Fact]
    public void Text_beyond_the_last_line_ends_in_an_ellipsis()
    {
        var (lines, cut) = TextMetrics.Wrap("one two three four five six seven", 10, 40, 2);

        Assert.True(cut);
        Assert.Equal(2, lines.Count);
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        Assert.True(TextMetrics.Width(lines[1], 10) <= 40);
    }
}
