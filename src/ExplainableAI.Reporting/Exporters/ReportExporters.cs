namespace ExplainableAI.Reporting;

/// <summary>The formats a report set is written in: the one place a new format is registered.</summary>
public static class ReportExporters
{
    /// <summary>
    /// <c>report.json</c> with its checksum, <c>report.html</c>, <c>report.sarif</c> and the PDFs (only when a printer
    /// is given), in the order they are rendered.
    /// </summary>
    /// <returns>New exporters.</returns>
    public static IReadOnlyList<IReportExporter> CreateDefault() =>
    [
        new JsonReportExporter(),
        new HtmlReportExporter(),
        new SarifReportExporter(),
        new PdfReportExporter(),
    ];
}
