using System.Text.Json;

namespace ExplainableAI.Cli.Tests;

/// <summary><c>xai audit</c> end to end, with and without a manifest, on ML.NET and ONNX models.</summary>
[Collection(DemoCollection.Name)]
public sealed class AuditTests(DemoArtifactsFixture demo) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Audit_with_manifest_on_mlnet_model_writes_three_reports_and_finds_the_planted_problems()
    {
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync("audit", "--manifest", demo.Artifacts.ManifestPath, "--out", output);

        Assert.True(run.ExitCode == 1, run.ToString()); // the leaked feature is an error, so the default gate fails
        Assert.Contains("Verdict: gate FAILED (fail on error)", run.Output, StringComparison.Ordinal);
        using var report = ReadReport(output);
        var root = report.RootElement;
        Assert.Equal("icu-sepsis-risk", root.GetProperty("model").GetProperty("id").GetString());
        Assert.Equal("mlnet", root.GetProperty("model").GetProperty("format").GetString());
        Assert.Equal(64, root.GetProperty("model").GetProperty("sha256").GetString()!.Length);
        Assert.Equal(2, root.GetProperty("datasets").GetArrayLength());
        var findings = Findings(root);
        Assert.Contains(("XAI6005", "antibiotics_ordered"), findings);
        Assert.Contains(("XAI6001", "crp"), findings);

        // The demo declares an MDR class IIa device that is the AI: HIGH via Art 6(1), rule R3 (catalog §5.2).
        var regulatory = root.GetProperty("regulatory");
        Assert.Equal("high", regulatory.GetProperty("tier").GetString());
        Assert.Equal(["article6Paragraph1"], regulatory.GetProperty("routes").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("R3", regulatory.GetProperty("decidingRules").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("original", regulatory.GetProperty("regime").GetString());
        Assert.Equal("2027-08-02", regulatory.GetProperty("appliesFrom").GetString());
        Assert.Equal("JP-PMD-CLASS-II", regulatory.GetProperty("japaneseDeviceClass").GetProperty("requirementId").GetString());
        Assert.Equal(0, regulatory.GetProperty("issues").GetArrayLength());
        var coverage = regulatory.GetProperty("coverage").EnumerateArray().ToList();
        Assert.Contains(coverage, r => r.GetProperty("requirementId").GetString() == "EU-AIA-ART10-3");
        Assert.Contains(coverage, r => r.GetProperty("status").GetString() == "manualEvidenceNeeded");
        Assert.Contains(coverage, r => r.GetProperty("contributingRules").GetArrayLength() > 0);
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("id=\"regulatory\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("compliant", html, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(output, "report.html")));
        Assert.True(File.Exists(Path.Combine(output, "report.sarif")));
    }

    [Fact]
    public async Task Audit_without_manifest_on_mlnet_model_records_the_flags()
    {
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync(
            "audit", "--model", demo.Artifacts.Model.Path, "--data", demo.Artifacts.CurrentPath, "--reference", demo.Artifacts.ReferencePath,
            "--label", "sepsis", "--sensitive", "sex,age", "--out", output, "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = ReadReport(output);
        var registration = report.RootElement.GetProperty("registration");
        Assert.Equal("sepsis", registration.GetProperty("labelColumn").GetString());
        Assert.Equal(["sex", "age"], registration.GetProperty("sensitiveAttributes").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(("XAI6005", "antibiotics_ordered"), Findings(report.RootElement));

        // Nothing was declared: the tier is not guessed, and the missing facts are named.
        var regulatory = report.RootElement.GetProperty("regulatory");
        Assert.Equal("undetermined", regulatory.GetProperty("tier").GetString());
        var issues = regulatory.GetProperty("issues").EnumerateArray().ToList();
        Assert.NotEmpty(issues);
        Assert.All(issues, i => Assert.Equal("missing", i.GetProperty("kind").GetString()));
        Assert.Contains(issues, i => i.GetProperty("field").GetString() == "is_ai_system");
    }

    [Fact]
    public async Task Registration_flags_override_the_manifest_and_leave_the_rest_of_it()
    {
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync(
            "audit", "--manifest", demo.Artifacts.ManifestPath, "--threshold", "0.7", "--sensitive", "sex", "--out", output, "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = ReadReport(output);
        var registration = report.RootElement.GetProperty("registration");

        // The demo manifest declares threshold 0.5 and sensitive attributes [sex, age]: the flags win.
        Assert.Equal(0.7, registration.GetProperty("threshold").GetDouble());
        Assert.Equal(["sex"], registration.GetProperty("sensitiveAttributes").EnumerateArray().Select(e => e.GetString()));

        // Everything the flags do not name is the manifest's.
        Assert.Equal("icu-sepsis-risk", registration.GetProperty("modelId").GetString());
        Assert.Equal("sepsis", registration.GetProperty("labelColumn").GetString());
        Assert.Equal("true", registration.GetProperty("positiveClass").GetString());
        Assert.Equal(["site"], registration.GetProperty("siteColumns").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("IIa", registration.GetProperty("regulatory").GetProperty("euMdrClass").GetString());
        Assert.Equal(Path.GetFullPath(demo.Artifacts.ManifestPath), registration.GetProperty("manifestPath").GetString());
        Assert.Equal(6, registration.GetProperty("features").EnumerateObject().Count());
        Assert.Equal("icu-sepsis-risk", report.RootElement.GetProperty("model").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_threshold_flag_outside_0_to_1_is_bad_input_with_a_manifest_too()
    {
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync("audit", "--manifest", demo.Artifacts.ManifestPath, "--threshold", "1.5", "--out", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--threshold", run.Error, StringComparison.Ordinal);
        Assert.Contains("expected a number from 0 to 1", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public async Task Audit_on_onnx_model_without_manifest()
    {
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync("audit", "--model", demo.OnnxModelPath, "--data", demo.Artifacts.CurrentPath, "--label", "sepsis", "--out", output, "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = ReadReport(output);
        var model = report.RootElement.GetProperty("model");
        Assert.Equal("onnx", model.GetProperty("format").GetString());
        Assert.Equal("binaryClassification", model.GetProperty("task").GetString());
        // No plugin failed to load, and no check crashed or timed out on the ONNX model.
        Assert.DoesNotContain(report.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() is "XAI0001" or "XAI0002" or "XAI0003");
    }

    [Fact]
    public async Task Audit_on_onnx_model_with_manifest()
    {
        var manifestText = File.ReadAllText(demo.Artifacts.ManifestPath)
            .Replace("file: model.zip", $"file: {demo.OnnxModelPath}", StringComparison.Ordinal)
            .Replace("format: mlnet", "format: onnx", StringComparison.Ordinal)
            .Replace("evaluation: current.csv", $"evaluation: {demo.Artifacts.CurrentPath}", StringComparison.Ordinal)
            .Replace("reference: reference.csv", $"reference: {demo.Artifacts.ReferencePath}", StringComparison.Ordinal)
            .Replace("declared_facts: declared_facts.yaml", $"declared_facts: {Path.Combine(demo.Folder, "declared_facts.yaml")}", StringComparison.Ordinal);
        var manifest = temp.File("onnx-manifest.yaml", manifestText);
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync("audit", "--manifest", manifest, "--out", output, "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = ReadReport(output);
        Assert.Equal("onnx", report.RootElement.GetProperty("model").GetProperty("format").GetString());
        Assert.Contains(("XAI6005", "antibiotics_ordered"), Findings(report.RootElement));
    }

    [Fact]
    public async Task Annex_IV_draft_reports_the_class_the_declared_facts_file_declares_and_report_json_dates_both_regimes()
    {
        // Issue #14: the MDR class only in the declared-facts file, not inline in the manifest.
        var manifestText = File.ReadAllText(demo.Artifacts.ManifestPath)
            .Replace("eu_mdr_class: IIa", "eu_mdr_class: null", StringComparison.Ordinal)
            .Replace("file: model.zip", $"file: {demo.Artifacts.Model.Path}", StringComparison.Ordinal)
            .Replace("evaluation: current.csv", $"evaluation: {demo.Artifacts.CurrentPath}", StringComparison.Ordinal)
            .Replace("reference: reference.csv", $"reference: {demo.Artifacts.ReferencePath}", StringComparison.Ordinal)
            .Replace("declared_facts: declared_facts.yaml", $"declared_facts: {Path.Combine(demo.Folder, "declared_facts.yaml")}", StringComparison.Ordinal);
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync("audit", "--manifest", temp.File("facts-manifest.yaml", manifestText), "--out", output, "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.ToString());
        var annexIv = File.ReadAllText(Path.Combine(output, "annex-iv.md"));
        Assert.Contains("EU MDR class IIa", annexIv, StringComparison.Ordinal);
        Assert.DoesNotContain("EU MDR class not declared", annexIv, StringComparison.Ordinal);
        using var report = ReadReport(output);
        var dates = report.RootElement.GetProperty("regulatory").GetProperty("dates").EnumerateArray().ToList();
        var productRoute = Assert.Single(dates, d => d.GetProperty("obligation").GetString() == "highRiskProductRoute");
        Assert.Equal(("2027-08-02", "2028-08-02"), (productRoute.GetProperty("original").GetString(), productRoute.GetProperty("amended").GetString()));
    }

    [Fact]
    public async Task Data_only_audit_runs_without_a_model_and_skips_model_checks_with_a_reason()
    {
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync("audit", "--data", demo.Artifacts.CurrentPath, "--label", "sepsis", "--out", output, "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = ReadReport(output);
        Assert.Contains(report.RootElement.GetProperty("findings").EnumerateArray(), f =>
            f.GetProperty("ruleId").GetString() == "XAI0004" && f.GetProperty("message").GetString()!.Contains("needs a model", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, report.RootElement.GetProperty("model").ValueKind);
    }

    [Fact]
    public async Task Gate_at_warning_fails_with_exit_1_and_still_writes_the_reports()
    {
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync("audit", "--data", demo.Artifacts.CurrentPath, "--label", "sepsis", "--out", output, "--fail-on", "warning");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.True(File.Exists(Path.Combine(output, "report.json")));
    }

    [Fact]
    public async Task Same_inputs_and_seed_give_the_same_report_apart_from_timestamps_and_durations()
    {
        var first = temp.Combine("a");
        var second = temp.Combine("b");

        await CliRun.RunAsync("audit", "--manifest", demo.Artifacts.ManifestPath, "--out", first);
        await CliRun.RunAsync("audit", "--manifest", demo.Artifacts.ManifestPath, "--out", second);

        Assert.Equal(Normalize(Path.Combine(first, "report.json")), Normalize(Path.Combine(second, "report.json")));
    }

    [Fact]
    public async Task Report_render_rebuilds_the_html_from_json_alone()
    {
        var output = temp.Combine("report");
        await CliRun.RunAsync("audit", "--manifest", demo.Artifacts.ManifestPath, "--out", output);
        var rendered = temp.Combine("rendered");

        var run = await CliRun.RunAsync("report", "render", Path.Combine(output, "report.json"), "--out", rendered);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(output, "report.html")), File.ReadAllText(Path.Combine(rendered, "report.html")));
    }

    [Fact]
    public async Task Report_render_of_a_broken_json_names_line_and_column()
    {
        var json = temp.File("report.json", "{\n  \"schemaVersion\": \"1.0\",\n  oops\n}");

        var run = await CliRun.RunAsync("report", "render", json, "--out", temp.Combine("rendered"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{json}:3:", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("rendered")) && Directory.EnumerateFiles(temp.Combine("rendered")).Any());
    }

    private static JsonDocument ReadReport(string folder) => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json")));

    private static List<(string RuleId, string? Column)> Findings(JsonElement root) =>
        root.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("location").GetProperty("column").GetString()))
            .ToList();

    private static string Normalize(string path)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        node["generatedAt"] = null;
        foreach (var check in node["checks"]!.AsArray())
        {
            check!["durationMs"] = 0;
        }

        return node.ToJsonString();
    }
}
