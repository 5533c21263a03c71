using System.Text.Json;

namespace ExplainableAI.Cli.Tests;

/// <summary><c>xai demo</c> needs no input and writes the three reports, and the checks find every planted problem.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Demo_writes_reports_prints_the_verdict_and_finds_every_planted_problem()
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
            .Select(f => (
                Rule: f.GetProperty("ruleId").GetString(),
                Column: f.GetProperty("location").GetProperty("column").GetString(),
                Group: f.GetProperty("location").GetProperty("group").GetString()))
            .ToList();
        Assert.Contains(findings, f => f is { Rule: "XAI6005", Column: "antibiotics_ordered" }); // the planted leak
        Assert.Contains(findings, f => f is { Rule: "XAI6001", Column: "crp" }); // the planted missing column
        Assert.Contains(findings, f => f is { Rule: "XAI2005", Column: "sex", Group: "sex=F" }); // the planted under-diagnosis of women
        Assert.Contains(findings, f => f is { Rule: "XAI3003", Column: "creatinine", Group: "site=Site B" }); // the planted assay shift
        Assert.DoesNotContain(findings, f => f.Rule == "XAI3003" && f.Group is "site=Site A" or "site=Site C");
        Assert.Contains(findings, f => f is { Rule: "XAI4009", Column: "site" }); // site declared irrelevant, yet the model reads it
        Assert.DoesNotContain(findings, f => f.Rule is "XAI0001" or "XAI0002" or "XAI0003");
    }

    [Fact]
    public async Task Demo_gates_only_when_asked()
    {
        var run = await CliRun.RunAsync("demo", "--out", temp.Path, "--fail-on", "error");

        Assert.Equal(1, run.ExitCode);
    }
}
