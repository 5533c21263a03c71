using ExplainableAI.Core;
using ExplainableAI.Reporting;

namespace ExplainableAI.Cli;

/// <summary>A finished audit: the report and the files written.</summary>
internal sealed record AuditOutcome(AuditReport Report, ReportFiles Files);
