namespace ExplainableAI.Reporting;

/// <summary>
/// One output format of a report set: given the report rendered once as <c>report.json</c> (and that JSON's SHA-256),
/// produces the bytes of its file or files, in memory; <see cref="ReportWriter"/> writes the set all or nothing. A new
/// format is a class implementing this and a line in <see cref="ReportExporters.CreateDefault"/> (or the exporters
/// passed to <see cref="ReportWriter(IEnumerable{IReportExporter})"/>).
/// </summary>
public interface IReportExporter
{
    /// <summary>Every file name this exporter may produce; names must be unique across the exporters of a writer.</summary>
    IReadOnlyList<string> FileNames { get; }

    /// <summary>Produces the files for a document, writing nothing; a format that was not asked for returns none.</summary>
    /// <param name="document">The report, its JSON bytes and their SHA-256, and the rendering options.</param>
    /// <param name="ct">Cancels the export.</param>
    /// <returns>The files, each named by one of <see cref="FileNames"/>.</returns>
    ValueTask<IReadOnlyList<RenderedFile>> ExportAsync(ReportDocument document, CancellationToken ct);
}
