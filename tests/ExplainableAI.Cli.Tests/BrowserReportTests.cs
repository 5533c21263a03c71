using ExplainableAI.Reporting;
using Microsoft.Playwright;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// Opens the demo report in headless Chromium as a reviewer would: no console error, no network request, the verdict
/// visible, no horizontal scrollbar at 1280 px, every chart kind drawn, and screenshots saved for a person to look at.
/// </summary>
public sealed class BrowserReportTests(DemoReportFixture demo) : IClassFixture<DemoReportFixture>, IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [SkippableFact]
    public async Task Demo_report_opens_offline_without_errors_and_shows_the_verdict()
    {
        await using var browser = await Browser.LaunchAsync();
        await demo.FolderAsync();
        var page = await browser.OpenAsync(demo.Html("en"));

        var verdict = page.Locator(".verdict .verdict-title");
        Assert.True(await verdict.IsVisibleAsync(), "the verdict is not visible");
        Assert.Contains("fail", (await verdict.InnerTextAsync()).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.True(await page.Locator("text=antibiotics_ordered").First.IsVisibleAsync(), "the leakage finding is not visible");
        Assert.Equal(1, await page.Locator("#rules").CountAsync());
        Assert.Equal(1, await page.Locator("#provenance table.integrity").CountAsync()); // the document is not cut short
        Assert.EndsWith("</html>", (await File.ReadAllTextAsync(demo.Html("en"))).TrimEnd(), StringComparison.Ordinal);
        var screenshot = Browser.ScreenshotPath("demo-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");

        // The same report in Japanese, re-rendered from the JSON alone: Japanese text must render (fonts-noto-cjk in CI).
        page = await browser.OpenAsync(demo.Html("ja"));
        Assert.Equal("ja", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(await page.Locator("h1", new PageLocatorOptions { HasTextString = "責任あるAIに関する監査報告書" }).IsVisibleAsync(), "the Japanese title is not visible");
        Assert.True(await page.Locator("h2", new PageLocatorOptions { HasTextString = "所見" }).First.IsVisibleAsync(), "the Japanese findings heading is not visible");
        var detail = await page.Locator(".verdict-detail").InnerTextAsync();
        Assert.EndsWith("。", detail.Trim(), StringComparison.Ordinal);
        Assert.Matches(@"\d{4}年\d{1,2}月\d{1,2}日", await page.Locator(".doc-meta time").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("demo-report-ja.png") });
        Assert.Empty(browser.Problems);
    }

    [SkippableTheory]
    [InlineData("en")]
    [InlineData("ja")]
    public async Task Report_fits_1280_px_without_a_horizontal_scrollbar(string language)
    {
        await using var browser = await Browser.LaunchAsync();
        await demo.FolderAsync();
        var page = await browser.OpenAsync(demo.Html(language));

        // Open every collapsible part too: an opened rules or coverage table must not widen the page either.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("() => window.innerWidth");

        Assert.True(scrollWidth <= innerWidth, $"the page is {scrollWidth} px wide at a {innerWidth} px window; widest elements: {await WidestAsync(page)}");
        Assert.Empty(browser.Problems);
    }

    [SkippableFact]
    public async Task Every_chart_kind_renders_in_the_report()
    {
        await using var browser = await Browser.LaunchAsync();
        await demo.FolderAsync();
        var report = AuditReportJson.Read(demo.Json);
        var gallery = report with { Findings = [.. report.Findings, ChartGallery.Finding()] };
        var json = temp.File("gallery.json", AuditReportJson.Serialize(gallery));
        var render = await CliRun.RunAsync("report", "render", json, "--out", temp.Combine("gallery"));
        Assert.True(render.ExitCode == 0, render.ToString());

        var page = await browser.OpenAsync(temp.Combine("gallery", "report.html"));

        // Charts are drawn once per topic, below the topic's findings.
        var figure = page.Locator("section.topic", new PageLocatorOptions { Has = page.Locator("article", new PageLocatorOptions { HasTextString = ChartGallery.Message }) });
        Assert.Equal(1, await figure.CountAsync());
        foreach (var kind in new[] { "bar", "line", "scatter", "dotWhisker", "beeswarm", "waterfall", "step" })
        {
            Assert.True(await figure.Locator($"svg.chart-{kind}").CountAsync() >= 1, $"no {kind} chart");
        }

        Assert.True(await figure.Locator("svg.chart-beeswarm .color-legend").CountAsync() >= 1, "the beeswarm has no colour legend");
        Assert.True(await figure.Locator("svg.chart-waterfall .wf-bar").CountAsync() >= 4);
        Assert.True(await figure.Locator(".error-bar").CountAsync() >= 2);
        await figure.ScreenshotAsync(new LocatorScreenshotOptions { Path = Browser.ScreenshotPath("chart-gallery.png") });

        // Its wide evidence table and long group key wrap inside the page.
        var scrollWidth = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        Assert.True(scrollWidth <= 1280, $"the page is {scrollWidth} px wide at 1280 px; widest elements: {await WidestAsync(page)}");
        Assert.Empty(browser.Problems);
    }

    [SkippableFact]
    public async Task Pdf_is_printed_beside_the_html()
    {
        Browser.ChromiumPath();
        await demo.FolderAsync();
        var output = temp.Combine("pdf");

        var render = await CliRun.RunAsync("report", "render", demo.Json, "--out", output, "--lang", "ja", "--pdf");

        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.DoesNotContain("error", render.Error, StringComparison.OrdinalIgnoreCase);
        var pdf = Path.Combine(output, "report.pdf");
        var bytes = await File.ReadAllBytesAsync(pdf);
        Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8), "report.pdf does not start with %PDF-");
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        var pages = System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page(?![s\w])");
        Assert.True(pages >= 1, "the PDF has no page");
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
        File.Copy(pdf, Browser.ScreenshotPath("demo-report-ja.pdf"), overwrite: true);
    }

    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => [...document.querySelectorAll('body *')]
          .map(e => ({ e, r: e.getBoundingClientRect() }))
          .filter(x => x.r.right > window.innerWidth + 0.5)
          .sort((a, b) => b.r.right - a.r.right)
          .slice(0, 6)
          .map(x => `${x.e.tagName.toLowerCase()}.${[...x.e.classList].join('.')} right=${Math.round(x.r.right)}`)
          .join('; ')
        """);
}
