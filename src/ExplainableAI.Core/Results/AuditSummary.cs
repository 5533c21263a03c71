namespace ExplainableAI.Core;

/// <summary>Counts for the verdict at the top of the report.</summary>
/// <param name="Errors">Active error findings.</param>
/// <param name="Warnings">Active warning findings.</param>
/// <param name="Infos">Active info findings.</param>
/// <param name="Suppressed">Suppressed findings.</param>
/// <param name="ChecksRun">Checks that completed.</param>
/// <param name="ChecksFailed">Checks that failed or timed out.</param>
/// <param name="ChecksSkipped">Checks skipped for missing inputs.</param>
public sealed record AuditSummary(int Errors, int Warnings, int Infos, int Suppressed, int ChecksRun, int ChecksFailed, int ChecksSkipped);
