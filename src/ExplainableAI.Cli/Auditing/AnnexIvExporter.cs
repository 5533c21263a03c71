using ExplainableAI.Reporting;

namespace ExplainableAI.Cli;

/// <summary>
/// <c>annex-iv.md</c> as a format of the audit's report set, naming the SHA-256 of the <c>report.json</c> written
/// beside it (the hash the document carries, not a re-read of the file).
/// </summary>
internal sealed class AnnexIvExporter : IReportExporter
{
    /// <summary><c>annex-iv.md</c>.</summary>
    public const string FileName = "annex-iv.md";

    public IReadOnlyList<string> FileNames { get; } = [FileName];

    public ValueTask<IReadOnlyList<RenderedFile>> ExportAsync(ReportDocument document, CancellationToken ct)
    {
        IReadOnlyList<RenderedFile> files = [new(FileName, AnnexIvFile.Render(document.Report, document.JsonSha256))];
        return ValueTask.FromResult(files);
    }
}
