namespace ExplainableAI.Reporting;

/// <summary><c>report.html</c>, the whole report as one self-contained document (<see cref="HtmlReportRenderer"/>).</summary>
public sealed class HtmlReportExporter : IReportExporter
{
    private readonly HtmlReportRenderer html = new();

    /// <inheritdoc />
    public IReadOnlyList<string> FileNames { get; } = [ReportSetNames.Html];

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RenderedFile>> ExportAsync(ReportDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<RenderedFile> files = [new(ReportSetNames.Html, ReportDocument.Utf8(html.Render(document.Report, document.Options)))];
        return ValueTask.FromResult(files);
    }
}
