using Microsoft.Playwright;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// Opens the demo report in headless Chromium as a reviewer would: no console error, no network request, the verdict
/// visible, and a screenshot saved for a person to look at. Skips with a reason where Chromium is not installed, unless
/// <c>XAI_REQUIRE_BROWSER=1</c> (set by CI), where a missing browser fails the test.
/// </summary>
public sealed class BrowserReportTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [SkippableFact]
    public async Task Demo_report_opens_offline_without_errors_and_shows_the_verdict()
    {
        var chromium = ChromiumPath();
        var run = await CliRun.RunAsync("demo", "--out", temp.Path);
        Assert.True(run.ExitCode == 0, run.ToString());
        var html = Path.Combine(temp.Path, "report", "report.html");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file://", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add($"network request: {request.Url}");
            }
        };

        await page.GotoAsync(new Uri(html).AbsoluteUri);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var verdict = page.Locator(".verdict .verdict-title");
        Assert.True(await verdict.IsVisibleAsync(), "the verdict is not visible");
        Assert.Contains("fail", (await verdict.InnerTextAsync()).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.True(await page.Locator("text=antibiotics_ordered").First.IsVisibleAsync(), "the leakage finding is not visible");
        var screenshot = Path.Combine(ScreenshotFolder(), "demo-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");

        // The same report in Japanese, re-rendered from the JSON alone: Japanese text must render (fonts-noto-cjk in CI).
        var japanese = Path.Combine(temp.Path, "ja");
        var render = await CliRun.RunAsync("report", "render", Path.Combine(temp.Path, "report", "report.json"), "--out", japanese, "--lang", "ja");
        Assert.True(render.ExitCode == 0, render.ToString());
        await page.GotoAsync(new Uri(Path.Combine(japanese, "report.html")).AbsoluteUri);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("ja", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(await page.Locator("h1", new PageLocatorOptions { HasTextString = "責任あるAI 監査報告書" }).IsVisibleAsync(), "the Japanese title is not visible");
        Assert.True(await page.Locator("h2", new PageLocatorOptions { HasTextString = "指摘事項" }).First.IsVisibleAsync(), "the Japanese findings heading is not visible");
        var screenshotJa = Path.Combine(ScreenshotFolder(), "demo-report-ja.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshotJa });
        Assert.Empty(problems);
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("XAI_CHROMIUM") ?? "/usr/bin/chromium";
        var required = Environment.GetEnvironmentVariable("XAI_REQUIRE_BROWSER") == "1";
        if (!File.Exists(path))
        {
            Assert.False(required, $"Chromium is required (XAI_REQUIRE_BROWSER=1) but not found at {path}");
            Skip.If(true, $"Chromium not found at {path}: install it (apt-get install -y chromium fonts-noto-cjk) or set XAI_CHROMIUM");
        }

        return path;
    }

    private static string ScreenshotFolder()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
