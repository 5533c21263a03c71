namespace ExplainableAI.Core.Tests;

/// <summary>The report is built once, from the engine's result and the regulatory position assessed from it.</summary>
public sealed class AuditReportAssemblyTests
{
    private static readonly RegulatoryRecord Position = new("high", "high", "original", ["article6Paragraph1"], [], new DateOnly(2027, 8, 2), ["R3"], [], null, "2026.12.1", []);

    [Fact]
    public async Task Assembling_keeps_everything_the_engine_found_and_adds_the_position_in_the_current_schema()
    {
        var result = await AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);

        var report = AuditReport.Assemble(result, Position);

        Assert.Equal(AuditReport.CurrentSchemaVersion, report.SchemaVersion);
        Assert.Same(Position, report.Regulatory);
        Assert.Equal(
            (object?[])[result.Tool, result.GeneratedAt, result.Seed, result.Plugins, result.Model, result.Registration, result.Datasets, result.Configuration, result.Checks, result.Rules, result.Findings, result.Measurements, result.Summary, result.Localization],
            (object?[])[report.Tool, report.GeneratedAt, report.Seed, report.Plugins, report.Model, report.Registration, report.Datasets, report.Configuration, report.Checks, report.Rules, report.Findings, report.Measurements, report.Summary, report.Localization]);
    }

    [Fact]
    public async Task A_report_cannot_be_assembled_without_a_position()
    {
        var result = await AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);

        Assert.Throws<ArgumentNullException>("regulatory", () => AuditReport.Assemble(result, null!));
    }
}
