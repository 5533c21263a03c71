using System.Text.Json;
using ExplainableAI.Reporting.Html;
using ExplainableAI.Reporting.Tests.Fixtures;

namespace ExplainableAI.Reporting.Tests.Html;

public sealed class ReportCultureTests
{
    private readonly HtmlReportRenderer renderer = new();

    [Fact]
    public void Japanese_report_writes_dates_in_the_japanese_form()
    {
        // The fixture was generated at 2026-03-14 09:26:53 UTC; its regulatory obligations apply from 2027-08-02.
        var html = renderer.Render(ReportFixture.CreateWithRegulatory(), new ReportOptions(Language: "ja"));

        Assert.Contains(">2026年3月14日 09:26:53 UTC</time>", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2027-08-02\">2027年8月2日</time>", html, StringComparison.Ordinal);
        Assert.Contains("datetime=\"2026-03-14T09:26:53Z\"", html, StringComparison.Ordinal); // machine-readable stays ISO
    }

    [Fact]
    public void English_report_keeps_iso_dates()
    {
        var html = renderer.Render(ReportFixture.CreateWithRegulatory(), new ReportOptions());

        Assert.Contains(">2026-03-14 09:26:53 UTC</time>", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2027-08-02\">2027-08-02</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Japanese_numbers_follow_the_ja_JP_culture()
    {
        var culture = ReportCulture.For("ja").Culture;

        Assert.Equal("ja-JP", culture.Name);
        Assert.Equal("12,345", DisplayNumber.Count(12345, culture));
        Assert.Equal("0.1120", DisplayNumber.Fixed(0.112, 4, culture));
        Assert.Equal("0.0000", DisplayNumber.Fixed(-0.00001, 4, culture));
        Assert.Equal("30", DisplayNumber.General(30, culture));
        Assert.Equal("0.35", DisplayNumber.General(0.35, culture));
    }

    [Fact]
    public void Sentences_end_with_the_punctuation_of_their_language()
    {
        var japanese = renderer.Render(ReportFixture.Create(), new ReportOptions(Language: "ja"));
        var english = renderer.Render(ReportFixture.Create(), new ReportOptions());

        Assert.Contains("1件以上ある。</p>", japanese, StringComparison.Ordinal);
        Assert.DoesNotContain("。.", japanese, StringComparison.Ordinal);
        Assert.DoesNotContain("ある.", japanese, StringComparison.Ordinal);
        Assert.DoesNotContain("ます", japanese, StringComparison.Ordinal); // the report body is written in である調 throughout
        Assert.Contains("gate severity.</p>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("severity..", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_stays_invariant_whatever_the_report_language()
    {
        var json = AuditReportJson.Serialize(ReportFixture.CreateWithRegulatory());

        using var document = JsonDocument.Parse(json);
        Assert.Equal("2026-03-14T09:26:53+00:00", document.RootElement.GetProperty("generatedAt").GetString());
    }
}
