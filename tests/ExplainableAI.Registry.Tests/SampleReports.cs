using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Registry.Tests;

/// <summary>Small hand-made reports: a model, two datasets, the given measurements and findings.</summary>
internal static class SampleReports
{
    public static readonly DateTimeOffset Generated = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);

    public static AuditReport Create(
        string modelId = "sepsis",
        string version = "1.0.0",
        IReadOnlyList<Measurement>? measurements = null,
        IReadOnlyList<Finding>? findings = null,
        Severity failOn = Severity.Error,
        string? tier = "high")
    {
        var found = findings ?? [];
        var active = found.Where(f => f.IsActive).ToList();
        return new AuditReport(
            AuditReport.CurrentSchemaVersion,
            new ToolInfo("ExplainableAI", "0.1.0"),
            Generated,
            42,
            [],
            new ModelRecord(modelId, version, "/models/model.zip", "mlnet", new string('a', 64), ModelTask.BinaryClassification, [new ModelFeature("lactate", ColumnKind.Numeric)]),
            new RegistrationRecord(new RegistrationInfo(modelId, version, "Early warning of sepsis", "sepsis", "true", ["sex"]) { IntendedUsers = ["ICU physicians"] }, new RegulatoryFacts("IIa"), null),
            [new DatasetRecord("evaluation", "current.csv", "/data/current.csv", new string('b', 64), 100, 5, 3), new DatasetRecord("reference", "reference.csv", null, null, 80, 5, 0)],
            new ConfigurationRecord(new Dictionary<string, Severity>(), new Dictionary<string, IReadOnlyDictionary<string, RuleOptionValue>>(), [], failOn, 60),
            [],
            [],
            found,
            measurements ?? [],
            new AuditSummary(
                active.Count(f => f.Severity == Severity.Error),
                active.Count(f => f.Severity == Severity.Warning),
                active.Count(f => f.Severity == Severity.Info),
                found.Count - active.Count,
                3,
                0,
                0),
            tier is null ? null : new RegulatoryRecord(tier, tier, "original", [], [], null, ["R3"], [], null, "2026.11.1", []));
    }

    public static Finding Finding(string rule, Severity severity, string? column = null, string? group = null, string message = "message", bool suppressed = false) =>
        new(rule, CheckFamily.Fairness, severity, message, new FindingLocation(column, group), Evidence.None, "Check", suppressed ? new Suppression("accepted risk") : null);

    public static Measurement Measure(string name, double value, string? subject = null, double? lower = null, double? upper = null, string check = "Check") =>
        new(check, name, value, lower, upper, subject);

    /// <summary>A report with many measurements, so a write takes long enough to be interrupted.</summary>
    public static AuditReport Large(int measurements) =>
        Create(measurements: [.. Enumerable.Range(0, measurements).Select(i => Measure("m", i, subject: $"s{i}", lower: i - 1, upper: i + 1))],
               findings: [Finding("XAI2001", Severity.Warning, "sex", "sex=F")]);
}
