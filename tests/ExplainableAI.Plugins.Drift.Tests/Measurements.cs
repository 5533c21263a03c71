using ExplainableAI.Core;

namespace ExplainableAI.Plugins.Drift.Tests;

/// <summary>Reads published measurements from a report.</summary>
internal static class Measurements
{
    public static double Value(this AuditResult report, string name, string? subject = null) =>
        report.Measurements.Single(m => m.Name == name && m.Subject == subject).Value;

    public static IReadOnlyList<string?> Subjects(this AuditResult report, string name) =>
        [.. report.Measurements.Where(m => m.Name == name).Select(m => m.Subject)];
}
