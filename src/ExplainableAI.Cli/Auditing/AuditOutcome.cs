using ExplainableAI.Core;
using ExplainableAI.Reporting;

namespace ExplainableAI.Cli;

/// <summary>A finished audit: the report, the files written, and the Annex IV documentation draft written beside them.</summary>
internal sealed record AuditOutcome(AuditReport Report, ReportFiles Files, string AnnexIv)
{
    /// <summary>Where the run was recorded ("Registry: run 12 recorded in …"), or <see langword="null"/> when it was not.</summary>
    public string? Run { get; init; }
}
