using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Performance.Tests;

/// <summary>Reads published measurements from a report.</summary>
internal static class Measurements
{
    public static Measurement Get(this AuditResult report, string name, string? subject = null) =>
        report.Measurements.Single(m => m.Name == name && m.Subject == subject);

    public static double Value(this AuditResult report, string name, string? subject = null) => report.Get(name, subject).Value;

    public static bool Has(this AuditResult report, string name, string? subject = null) =>
        report.Measurements.Any(m => m.Name == name && m.Subject == subject);
}
