using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Registry;

/// <summary>One recorded audit run, as <c>xai history</c> lists it.</summary>
/// <param name="Id">The run's ID in the registry (1, 2, …; never reused).</param>
/// <param name="RecordedAt">When the run was recorded (UTC).</param>
/// <param name="GeneratedAt">When the audit finished, as the report says.</param>
/// <param name="ModelId">The registered model ID.</param>
/// <param name="ModelVersion">The registered model version.</param>
/// <param name="ModelSha256">SHA-256 of the model file, or <see langword="null"/> for a score-only audit.</param>
/// <param name="ToolName">The tool that wrote the report.</param>
/// <param name="ToolVersion">Its version.</param>
/// <param name="Seed">The audit seed.</param>
/// <param name="Verdict">The verdict against the run's own gate.</param>
/// <param name="FailOn">The gate's severity.</param>
/// <param name="Tier">The EU AI Act risk tier, or <see langword="null"/> when the report has no regulatory section.</param>
/// <param name="CatalogVersion">The requirement catalog version, if any.</param>
/// <param name="Counts">The report's summary counts.</param>
/// <param name="ReportPath">The full path of <c>report.json</c>.</param>
/// <param name="ReportSha256">SHA-256 of <c>report.json</c> as written.</param>
public sealed record RunSummary(
    long Id,
    DateTimeOffset RecordedAt,
    DateTimeOffset GeneratedAt,
    string ModelId,
    string ModelVersion,
    string? ModelSha256,
    string ToolName,
    string ToolVersion,
    int Seed,
    RunVerdict Verdict,
    Severity FailOn,
    string? Tier,
    string? CatalogVersion,
    AuditSummary Counts,
    string ReportPath,
    string ReportSha256);
