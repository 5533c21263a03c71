namespace ExplainableAI.Reporting;

/// <summary>
/// <c>report.pdf</c> and, with <see cref="ReportOptions.PdfAppendix"/>, <c>report-appendix.pdf</c>, printed by
/// <see cref="ReportOptions.Pdf"/>; nothing when no printer was given, since Chromium is optional (<c>--pdf</c>).
/// </summary>
public sealed class PdfReportExporter : IReportExporter
{
    private readonly HtmlReportRenderer html = new();

    /// <inheritdoc />
    public IReadOnlyList<string> FileNames { get; } = [ReportSetNames.Pdf, ReportSetNames.AppendixPdf];

    /// <inheritdoc />
    /// <exception cref="IOException">The PDF could not be printed.</exception>
    public async ValueTask<IReadOnlyList<RenderedFile>> ExportAsync(ReportDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var options = document.Options;
        if (options.Pdf is not { } printer)
        {
            return [];
        }

        // The reviewer's PDF is the main part (verdict, tier, findings); the appendices print on their own only when asked.
        List<RenderedFile> files = [new(ReportSetNames.Pdf, await Print(ReportPart.Main).ConfigureAwait(false))];
        if (options.PdfAppendix)
        {
            files.Add(new(ReportSetNames.AppendixPdf, await Print(ReportPart.Appendix).ConfigureAwait(false)));
        }

        return files;

        Task<byte[]> Print(ReportPart part) => printer.PrintAsync(html.Render(document.Report, options with { Part = part }), ct);
    }
}
