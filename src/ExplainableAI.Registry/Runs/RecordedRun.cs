using ExplainableAI.Core;

namespace ExplainableAI.Registry;

/// <summary>A recorded run with everything a comparison needs: its summary, datasets, measurements and findings.</summary>
/// <param name="Summary">The summary.</param>
/// <param name="Datasets">The datasets, in the report's order.</param>
/// <param name="Measurements">The measurements, in the report's order.</param>
/// <param name="Findings">The findings, in the report's order.</param>
public sealed record RecordedRun(
    RunSummary Summary,
    IReadOnlyList<RecordedDataset> Datasets,
    IReadOnlyList<RecordedMeasurement> Measurements,
    IReadOnlyList<RecordedFinding> Findings)
{
    /// <summary>
    /// The run a report describes, not yet recorded (<see cref="RunSummary.Id"/> 0): what <see cref="AuditRegistry.Record(RecordedRun, CancellationToken)"/>
    /// stores, and what <c>xai compare</c> compares when given a report file instead of a run ID.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="reportPath">Where its <c>report.json</c> is.</param>
    /// <param name="reportSha256">SHA-256 of that file.</param>
    /// <param name="recordedAt">When it is recorded.</param>
    /// <returns>The run.</returns>
    public static RecordedRun FromReport(AuditReport report, string reportPath, string reportSha256, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportSha256);
        var summary = new RunSummary(
            0,
            recordedAt.ToUniversalTime(),
            report.GeneratedAt.ToUniversalTime(),
            report.Model?.Id ?? report.Registration.Declared.ModelId,
            report.Model?.Version ?? report.Registration.Declared.ModelVersion,
            report.Model?.Sha256,
            report.Tool.Name,
            report.Tool.Version,
            report.Seed,
            AuditGate.Fails(report.Summary, report.Configuration.FailOn) ? RunVerdict.Failed : RunVerdict.Passed,
            report.Configuration.FailOn,
            report.Regulatory?.Tier,
            report.Regulatory?.CatalogVersion,
            report.Summary,
            Path.GetFullPath(reportPath),
            reportSha256.ToLowerInvariant());
        return new RecordedRun(
            summary,
            [.. report.Datasets.Select(d => new RecordedDataset(d.Role, d.Name, d.Path, d.Sha256, d.Rows, d.Columns))],
            [.. report.Measurements.Select(m => new RecordedMeasurement(m.Check, m.Name, m.Subject, m.Value, m.Lower, m.Upper))],
            [.. report.Findings.Select(f => new RecordedFinding(f.RuleId, f.Severity, f.Location.Column, f.Location.Group, f.Message, f.Check, !f.IsActive))]);
    }
}
