using Microsoft.Playwright;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// Headless Chromium for the report tests: found at <c>XAI_CHROMIUM</c> or <c>/usr/bin/chromium</c>; a test skips with
/// the reason where it is missing, unless <c>XAI_REQUIRE_BROWSER=1</c> (set by CI), where a missing browser fails it.
/// Pages record console errors and warnings, page errors and every request that is not to a local file.
/// </summary>
internal sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        this.browser = browser;
    }

    public List<string> Problems { get; } = [];

    public static string ChromiumPath()
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

    public static async Task<Browser> LaunchAsync()
    {
        var chromium = ChromiumPath();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new Browser(playwright, browser);
    }

    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public async Task<IPage> OpenAsync(string htmlPath, int width = 1280, int height = 900)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Problems.Add($"page error: {error}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file://", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                Problems.Add($"network request: {request.Url}");
            }
        };
        await page.GotoAsync(new Uri(htmlPath).AbsoluteUri);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
