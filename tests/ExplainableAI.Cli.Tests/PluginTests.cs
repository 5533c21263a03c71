using System.Diagnostics;
using System.Text.Json;

namespace ExplainableAI.Cli.Tests;

/// <summary>Plugins: the built-in ones are found beside the host; a third-party plugin built on its own is loaded with --plugins.</summary>
[Collection(DemoCollection.Name)]
public sealed class PluginTests(DemoArtifactsFixture demo, SamplePluginFixture sample) : IDisposable, IClassFixture<SamplePluginFixture>
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Checks_lists_built_in_and_host_rules_with_their_plugin_and_requirements()
    {
        var run = await CliRun.RunAsync("checks");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.StartsWith("ID", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("XAI0002", StringComparison.Ordinal) && l.Contains("host", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("XAI6005", StringComparison.Ordinal) && l.Contains("ExplainableAI.Plugins.DataQuality", StringComparison.Ordinal) && l.Contains("EU-AIA-ART10-3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Third_party_plugin_built_from_its_own_folder_is_loaded_and_its_finding_reaches_the_report()
    {
        var pluginOutput = sample.Folder;
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync("audit", "--data", demo.Artifacts.CurrentPath, "--label", "sepsis", "--plugins", pluginOutput, "--out", output, "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        var finding = Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "CTS1001");
        Assert.Equal("The evaluation data has 3000 rows; at least 10000 are expected", finding.GetProperty("message").GetString());
        Assert.Contains(report.RootElement.GetProperty("plugins").EnumerateArray(), p => p.GetProperty("name").GetString() == "Contoso.Xai.CohortSize");
        Assert.Contains("CTS1001", File.ReadAllText(Path.Combine(output, "report.html")), StringComparison.Ordinal);
        Assert.Contains("CTS1001", File.ReadAllText(Path.Combine(output, "report.sarif")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plugin_that_cannot_load_becomes_XAI0001_and_the_audit_goes_on()
    {
        // A damaged plugin assembly: it must be reported, not silently skipped, and the other checks still run.
        var pluginOutput = temp.Combine("broken");
        sample.CopyTo(pluginOutput);
        var dll = Path.Combine(pluginOutput, "Contoso.Xai.CohortSize.dll");
        var bytes = File.ReadAllBytes(dll);
        File.WriteAllBytes(dll, bytes.AsSpan(0, bytes.Length / 2).ToArray());
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync("audit", "--data", demo.Artifacts.CurrentPath, "--label", "sepsis", "--plugins", pluginOutput, "--out", output, "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        Assert.Contains(report.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "XAI0001");
        Assert.Contains(report.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "XAI6001");
    }

    [Fact]
    public async Task Plugin_folder_from_the_environment_variable_is_searched()
    {
        var pluginOutput = sample.Folder;
        Environment.SetEnvironmentVariable("XAI_PLUGINS", pluginOutput);
        try
        {
            var run = await CliRun.RunAsync("checks");

            Assert.Contains("CTS1001", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("XAI_PLUGINS", null);
        }
    }

    [Fact]
    public async Task Model_adapter_from_a_plugin_loads_a_new_format_for_predict_and_audit()
    {
        var model = temp.File("risk.scorecard.json", """{"intercept": -3.0, "weights": {"lactate": 0.8, "age": 0.02}}""");
        var data = temp.File("data.csv", "age,lactate,sepsis\n50,2.5,true\n70,,false\n");
        var scores = temp.Combine("scores.csv");

        var predict = await CliRun.RunAsync("predict", "--model", model, "--data", data, "--plugins", sample.Folder, "--out", scores);
        var audit = await CliRun.RunAsync("audit", "--model", model, "--data", data, "--label", "sepsis", "--plugins", sample.Folder, "--out", temp.Combine("report"), "--fail-on", "none");

        Assert.True(predict.ExitCode == 0, predict.ToString());
        Assert.True(audit.ExitCode == 0, audit.ToString());

        // Closed form: margin = -3 + 0.8·2.5 + 0.02·50 = 0 → p = 0.5; missing lactate scores no points: -3 + 1.4 = -1.6.
        var lines = File.ReadAllLines(scores);
        Assert.Equal("row,probability,margin", lines[0]);
        Assert.Equal("0,0.5,0", lines[1]);
        var second = lines[2].Split(',');
        Assert.Equal(1 / (1 + Math.Exp(1.6)), double.Parse(second[1], System.Globalization.CultureInfo.InvariantCulture), 12);
        Assert.Contains("\"format\": \"scorecard\"", File.ReadAllText(Path.Combine(temp.Combine("report"), "report.json")), StringComparison.Ordinal);
    }
}
