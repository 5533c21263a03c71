using System.Text.Json;

namespace ExplainableAI.Cli.Tests;

/// <summary><c>xai demo</c> needs no input and writes the three reports, with the planted problems that the current checks detect.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Demo_writes_reports_prints_the_verdict_and_exits_0()
    {
        var run = await CliRun.RunAsync("demo", "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = Path.Combine(temp.Path, "report");
        Assert.Contains($"Report: {Path.Combine(report, "report.html")}", run.Output, StringComparison.Ordinal);
        Assert.Contains("Verdict: gate FAILED (fail on error)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Planted problems the audit should find:", run.Output, StringComparison.Ordinal);
        foreach (var file in new[] { "report.html", "report.json", "report.sarif" })
        {
            Assert.True(File.Exists(Path.Combine(report, file)), file);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "report.json")));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString(), f.GetProperty("location").GetProperty("column").GetString()))
            .ToList();
        Assert.Contains(("XAI6005", "antibiotics_ordered"), findings); // the planted leak
        Assert.Contains(("XAI6001", "crp"), findings); // the planted missing column
    }

    [Fact]
    public async Task Demo_gates_only_when_asked()
    {
        var run = await CliRun.RunAsync("demo", "--out", temp.Path, "--fail-on", "error");

        Assert.Equal(1, run.ExitCode);
    }
}
