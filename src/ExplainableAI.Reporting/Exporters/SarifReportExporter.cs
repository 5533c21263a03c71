namespace ExplainableAI.Reporting;

/// <summary><c>report.sarif</c>, the findings as a SARIF 2.1.0 log (<see cref="SarifWriter"/>).</summary>
public sealed class SarifReportExporter : IReportExporter
{
    /// <inheritdoc />
    public IReadOnlyList<string> FileNames { get; } = [ReportSetNames.Sarif];

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RenderedFile>> ExportAsync(ReportDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<RenderedFile> files = [new(ReportSetNames.Sarif, ReportDocument.Utf8(SarifWriter.Write(document.Report)))];
        return ValueTask.FromResult(files);
    }
}
