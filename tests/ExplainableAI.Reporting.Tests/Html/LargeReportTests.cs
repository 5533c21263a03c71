using ExplainableAI.Reporting.Tests.Fixtures;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Tests.Html;

public sealed class LargeReportTests
{
    [Fact]
    public void A_report_larger_than_scribans_default_budget_renders_to_the_end()
    {
        // 12,000 measurements make about 3 MB of HTML, past Scriban's default 1 Mi-character output budget, which used to
        // cut the document short with "..." before the rules and provenance.
        var measurements = Enumerable.Range(0, 12_000)
            .Select(i => new Measurement("BigCheck", "metric_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i / 7.0, Subject: "column_with_a_long_name"))
            .ToList();
        var report = ReportFixture.Create() with { Measurements = measurements };

        var html = new HtmlReportRenderer().Render(report, new ReportOptions());

        Assert.True(html.Length > 1_048_576, $"only {html.Length} characters");
        Assert.Contains("<section id=\"provenance\"", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("metric_11999", html, StringComparison.Ordinal);
    }
}
