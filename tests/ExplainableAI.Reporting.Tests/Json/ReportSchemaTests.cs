using System.Text.Json;
using System.Text.Json.Nodes;
using ExplainableAI.Core;
using ExplainableAI.Reporting.Tests.Fixtures;
using Json.Schema;

namespace ExplainableAI.Reporting.Tests.Json;

public sealed class ReportSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "reports", "schema", "report.schema.json");

    [Fact]
    public void Fixture_json_is_valid_against_the_committed_schema()
    {
        var results = Evaluate(AuditReportJson.Serialize(ReportFixture.Create()));

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void Hostile_fixture_json_is_valid_against_the_committed_schema()
    {
        var results = Evaluate(AuditReportJson.Serialize(ReportFixture.CreateHostile()));

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void Plugin_owned_rule_ids_and_a_failed_checks_stack_trace_are_valid_and_read_back()
    {
        const string Frames = "at Acme.GapCheck.RunAsync(CheckContext context, CancellationToken cancellationToken) in /src/GapCheck.cs:line 31\nat Acme.GapCheck.Rates() in /src/GapCheck.cs:line 40";
        var fixture = ReportFixture.Create();
        var report = fixture with { Checks = [.. fixture.Checks.Select(c => c.Status == CheckStatus.Failed ? c with { StackTrace = Frames } : c)] };
        var json = AuditReportJson.Serialize(report).Replace("XAI2001", "ACME2001", StringComparison.Ordinal);

        var results = Evaluate(json);
        var folder = Directory.CreateTempSubdirectory("xai-schema-").FullName;
        var path = Path.Combine(folder, "report.json");
        File.WriteAllText(path, json);
        var read = AuditReportJson.Read(path);
        Directory.Delete(folder, recursive: true);

        Assert.True(results.IsValid, Describe(results));
        Assert.Equal(Frames, read.Checks.Single(c => c.Status == CheckStatus.Failed).StackTrace);
        Assert.Contains(read.Rules, r => r.Id == "ACME2001");
    }

    [Fact]
    public void Fixture_json_with_a_regulatory_section_is_valid_against_the_committed_schema()
    {
        var results = Evaluate(AuditReportJson.Serialize(ReportFixture.CreateWithRegulatory(ReportFixture.Hostile)));

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void Schema_rejects_an_unknown_coverage_status()
    {
        var json = AuditReportJson.Serialize(ReportFixture.CreateWithRegulatory()).Replace("\"partiallyCovered\"", "\"compliant\"", StringComparison.Ordinal);

        Assert.False(Evaluate(json).IsValid);
    }

    [Fact]
    public void Schema_rejects_an_unknown_severity()
    {
        var json = AuditReportJson.Serialize(ReportFixture.Create()).Replace("\"failOn\": \"error\"", "\"failOn\": \"fatal\"", StringComparison.Ordinal);

        Assert.False(Evaluate(json).IsValid);
    }

    [Fact]
    public void Schema_rejects_a_report_without_a_summary()
    {
        var node = JsonNode.Parse(AuditReportJson.Serialize(ReportFixture.Create()))!.AsObject();
        node.Remove("summary");

        Assert.False(Evaluate(node.ToJsonString()).IsValid);
    }

    [Fact]
    public void Schema_pins_the_current_schema_version()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));

        var version = schema.RootElement.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetString();

        Assert.Equal(AuditReport.CurrentSchemaVersion, version);
    }

    [Fact]
    public void Every_top_level_property_written_is_required_by_the_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        using var report = JsonDocument.Parse(AuditReportJson.Serialize(ReportFixture.Create()));

        var required = schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToList();
        var written = report.RootElement.EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(written, required);
    }

    // Built once: the library keeps a registry of schemas by $id and refuses to register one twice.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static EvaluationResults Evaluate(string json)
    {
        var schema = Schema.Value;
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Select(e => $"{e.Key}: {e.Value}"))}"));
}
