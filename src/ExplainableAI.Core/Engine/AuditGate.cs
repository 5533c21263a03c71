using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// The CI gate: an audit fails when an active (not suppressed) finding is at or above the configured severity.
/// Computed from the summary's counts, so a report read back from JSON gives the same verdict as the audit that wrote it.
/// </summary>
public static class AuditGate
{
    /// <summary>Whether an audit fails its gate.</summary>
    /// <param name="summary">The audit's counts (<see cref="AuditReport.Summary"/>, <see cref="AuditResult.Summary"/>).</param>
    /// <param name="failOn">The gate's severity; <see cref="Severity.None"/> never fails.</param>
    /// <returns><see langword="true"/> when an active finding reaches the gate.</returns>
    public static bool Fails(AuditSummary summary, Severity failOn)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var s = summary;
        return failOn switch
        {
            Severity.None => false,
            Severity.Info => s.Errors + s.Warnings + s.Infos > 0,
            Severity.Warning => s.Errors + s.Warnings > 0,
            _ => s.Errors > 0,
        };
    }
}
