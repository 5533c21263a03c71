using System.Text.Json;

namespace ExplainableAI.Cli.Tests;

/// <summary>The demo's planted creatinine assay change at Site B is found by the drift plugin, named with the site.</summary>
public sealed class DemoDriftTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Demo_reports_the_creatinine_shift_at_site_B()
    {
        var run = await CliRun.RunAsync("demo", "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "report", "report.json")));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (
                f.GetProperty("ruleId").GetString(),
                f.GetProperty("location").GetProperty("column").GetString(),
                f.GetProperty("location").GetProperty("group").GetString()))
            .ToList();
        Assert.Contains(("XAI3003", "creatinine", "site=Site B"), findings);
        Assert.DoesNotContain(findings, f => f.Item1 == "XAI3003" && f.Item3 is "site=Site A" or "site=Site C");
    }
}
