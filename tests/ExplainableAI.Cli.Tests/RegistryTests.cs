using System.Text.Json.Nodes;

namespace ExplainableAI.Cli.Tests;

/// <summary><c>xai audit</c> records runs; <c>xai history</c>, <c>xai compare</c> and <c>xai registry</c> read them; annex-iv.md is written beside the report.</summary>
[Collection(DemoCollection.Name)]
public sealed class RegistryTests(DemoArtifactsFixture demo) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Audit_records_the_run_writes_the_Annex_IV_draft_and_compare_shows_what_changed()
    {
        var registry = temp.Combine("registry.db");
        var output = temp.Combine("v1");

        var audit = await CliRun.RunAsync("audit", "--manifest", demo.Artifacts.ManifestPath, "--out", output, "--registry", registry, "--fail-on", "none");

        Assert.True(audit.ExitCode == 0, audit.ToString());
        Assert.Contains($"Registry: run 1 recorded in {registry}", audit.Output, StringComparison.Ordinal);
        Assert.Contains($"Annex IV draft: {Path.Combine(output, "annex-iv.md")}", audit.Output, StringComparison.Ordinal);
        var annex = File.ReadAllText(Path.Combine(output, "annex-iv.md"));
        var sha = File.ReadAllText(Path.Combine(output, "report.json.sha256")).Split(' ')[0];
        Assert.StartsWith("# Technical documentation draft (EU AI Act, Annex IV): icu\\-sepsis\\-risk 1.0.0\n".Replace("\\-", "-", StringComparison.Ordinal), annex, StringComparison.Ordinal);
        Assert.Contains($"- Evidence: report.json, SHA-256 {sha} ", annex, StringComparison.Ordinal);
        Assert.Contains("- EU AI Act risk tier, from the declared facts: **high** (decision-table rules R3)", annex, StringComparison.Ordinal);
        Assert.Contains("  - XAI6005 error (antibiotics\\_ordered): ", annex, StringComparison.Ordinal); // the planted leak
        Assert.Contains("  - XAI2005 warning (sex, sex=F): ", annex, StringComparison.Ordinal); // the planted under-diagnosis of women
        Assert.Contains("**TO BE PROVIDED BY THE PROVIDER**: a copy of the EU declaration of conformity.", annex, StringComparison.Ordinal);
        Assert.DoesNotContain("compliant", annex, StringComparison.OrdinalIgnoreCase);

        // "v2": the same report with the leak fixed, a new error, and a moved AUROC.
        var v2 = temp.Combine("v2");
        Directory.CreateDirectory(v2);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))!;
        var findings = json["findings"]!.AsArray();
        findings.Remove(findings.First(f => (string?)f!["ruleId"] == "XAI6005"));
        var added = findings.First(f => (string?)f!["ruleId"] == "XAI6001")!.DeepClone();
        added["location"]!["column"] = "wbc";
        added["severity"] = "error";
        findings.Add(added);
        var auroc = json["measurements"]!.AsArray().First(m => (string?)m!["name"] == "auroc" && m["subject"] is null)!;
        auroc["value"] = 0.70;
        auroc["lower"] = 0.65;
        auroc["upper"] = 0.75;
        File.WriteAllText(Path.Combine(v2, "report.json"), json.ToJsonString());
        var add = await CliRun.RunAsync("registry", "add", v2, "--registry", registry);
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains($"Registry: run 2 recorded in {registry}", add.Output, StringComparison.Ordinal);

        var history = await CliRun.RunAsync("history", "icu-sepsis-risk", "--registry", registry);
        Assert.True(history.ExitCode == 0, history.ToString());
        var rows = history.Output.TrimEnd().Split('\n');
        Assert.Equal(4, rows.Length); // header, rule, two runs
        Assert.StartsWith("Run  Recorded (UTC)", rows[0], StringComparison.Ordinal);
        Assert.Matches(@"^1\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+icu-sepsis-risk\s+1\.0\.0\s+high\s+passed \(none\)\s+1\s+", rows[2]);
        var none = await CliRun.RunAsync("history", "--model", "other", "--registry", registry);
        Assert.Contains("No runs recorded for model 'other'", none.Output, StringComparison.Ordinal);

        var historyJson = await CliRun.RunAsync("history", "--registry", registry, "--json");
        var runs = JsonNode.Parse(historyJson.Output)!.AsArray();
        Assert.Equal([1L, 2L], runs.Select(r => (long)r!["id"]!));
        Assert.Equal(sha, (string?)runs[0]!["reportSha256"]);

        var compare = await CliRun.RunAsync("compare", "1", "2", "--registry", registry);
        Assert.True(compare.ExitCode == 0, compare.ToString());
        Assert.Contains("Findings: 1 appeared, 1 resolved, 0 changed,", compare.Output, StringComparison.Ordinal);
        Assert.Matches(@"appeared \(worse\)\s+XAI6001\s+error\s+wbc", compare.Output);
        Assert.Matches(@"resolved\s+XAI6005\s+error\s+antibiotics_ordered", compare.Output);
        Assert.Matches(@"moved\s+DiscriminationCheck\s+auroc\s+-\s+0\.95\d+ \[[\d.]+, [\d.]+\]\s+0\.7 \[0\.65, 0\.75\]\s+-0\.2\d+\s+beyond", compare.Output);
        Assert.Contains("Regression: yes", compare.Output, StringComparison.Ordinal);

        var gate = await CliRun.RunAsync("compare", "#1", Path.Combine(v2, "report.json"), "--registry", registry, "--fail-on-regression", "--json");
        Assert.Equal(1, gate.ExitCode);
        var comparison = JsonNode.Parse(gate.Output)!;
        Assert.True((bool)comparison["isRegression"]!);
        Assert.Equal("beyondIntervals", (string?)comparison["measurements"]!.AsArray().First(m => (string?)m!["name"] == "auroc")!["interval"]);

        var same = await CliRun.RunAsync("compare", output, "1", "--registry", registry, "--fail-on-regression");
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Contains("Findings: 0 appeared, 0 resolved, 0 changed,", same.Output, StringComparison.Ordinal);

        var annexAgain = await CliRun.RunAsync("report", "annex-iv", Path.Combine(output, "report.json"), "--out", temp.Combine("again"));
        Assert.True(annexAgain.ExitCode == 0, annexAgain.ToString());
        Assert.Equal(annex, File.ReadAllText(temp.Combine("again", "annex-iv.md"))); // deterministic, from the JSON alone
    }

    [Fact]
    public async Task A_corrupt_named_registry_stops_the_audit_before_anything_is_written()
    {
        var registry = temp.File("registry.db", new string('x', 4096));
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync("audit", "--manifest", demo.Artifacts.ManifestPath, "--out", output, "--registry", registry);

        AssertBadInput(run, $"error: {registry}: not an ExplainableAI registry: the file is not an SQLite database, or it is corrupt");
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("history")]
    [InlineData("compare", "1", "2")]
    [InlineData("registry", "check")]
    public async Task Reading_a_missing_registry_is_bad_input(params string[] args)
    {
        var registry = temp.Combine("none.db");

        var run = await CliRun.RunAsync([.. args, "--registry", registry]);

        AssertBadInput(run, $"error: {registry}: no registry here");
        Assert.False(File.Exists(registry));
    }

    [Fact]
    public async Task Bad_run_references_are_bad_input()
    {
        var registry = temp.Combine("registry.db");
        await CliRun.RunAsync("registry", "add", "--registry", registry); // no report: usage error, nothing created
        var created = await CliRun.RunAsync("registry", "check", "--registry", registry);
        AssertBadInput(created, $"error: {registry}: no registry here");

        var notJson = temp.File("notes.txt", "hello");
        var bad = await CliRun.RunAsync("registry", "add", notJson, "--registry", registry);
        AssertBadInput(bad, $"error: {notJson}");
        Assert.Contains("invalid report JSON", bad.Error, StringComparison.Ordinal);
        AssertBadInput(await CliRun.RunAsync("compare", "nonsense", "1", "--registry", registry), "error: 'run': expected a run ID (see 'xai history') or a report.json, found neither: 'nonsense'");
        AssertBadInput(await CliRun.RunAsync("compare", "1"), "error: ");
        AssertBadInput(await CliRun.RunAsync("history", "a", "--model", "b", "--registry", registry), "error: '--model': two different models given: 'a' and 'b'");
    }

    [Fact]
    public async Task Registry_path_follows_option_then_environment()
    {
        var named = await CliRun.RunAsync("registry", "path", "--registry", "x/y.db");
        var fromEnvironment = await CliRun.RunAsync("registry", "path");

        Assert.Equal(Path.GetFullPath("x/y.db"), named.Output.Trim());
        Assert.Equal(Environment.GetEnvironmentVariable("XAI_REGISTRY"), fromEnvironment.Output.Trim()); // set by RegistryIsolation
    }

    private static void AssertBadInput(CliRun run, string expectedStart)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith(expectedStart, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
