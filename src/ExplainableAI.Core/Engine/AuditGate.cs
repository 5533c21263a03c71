using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>The CI gate: an audit fails when an active finding is at or above the configured severity.</summary>
public static class AuditGate
{
    /// <summary>Whether the report fails its gate.</summary>
    /// <param name="report">The report.</param>
    /// <param name="failOn">The gate's severity; <see cref="Severity.None"/> never fails.</param>
    /// <returns><see langword="true"/> when an active finding reaches the gate.</returns>
    public static bool Fails(AuditReport report, Severity failOn)
    {
        ArgumentNullException.ThrowIfNull(report);
        return failOn != Severity.None && report.Findings.Any(f => f.IsActive && f.Severity >= failOn);
    }
}
