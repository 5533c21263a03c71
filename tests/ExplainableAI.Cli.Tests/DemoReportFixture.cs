namespace ExplainableAI.Cli.Tests;

/// <summary>
/// One run of <c>xai demo</c> shared by the browser tests (the demo trains a model, so it runs once), started on first
/// use so tests that skip for want of Chromium do not pay for it. Holds the English report and its Japanese re-render.
/// </summary>
public sealed class DemoReportFixture : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly Lazy<Task<string>> run;

    public DemoReportFixture() => run = new(RunAsync);

    /// <summary>The folder holding <c>report/</c> (English, from the audit) and <c>ja/</c> (Japanese, from the JSON).</summary>
    public Task<string> FolderAsync() => run.Value;

    public string Html(string language) => Path.Combine(temp.Path, language == "ja" ? "ja" : "report", "report.html");

    public string Json => Path.Combine(temp.Path, "report", "report.json");

    public void Dispose() => temp.Dispose();

    private async Task<string> RunAsync()
    {
        var demo = await CliRun.RunAsync("demo", "--out", temp.Path);
        Assert.True(demo.ExitCode == 0, demo.ToString());
        var render = await CliRun.RunAsync("report", "render", Json, "--out", Path.Combine(temp.Path, "ja"), "--lang", "ja");
        Assert.True(render.ExitCode == 0, render.ToString());
        return temp.Path;
    }
}
