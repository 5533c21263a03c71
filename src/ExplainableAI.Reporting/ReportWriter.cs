using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting;

/// <summary>
/// Writes a report in every format of its exporters (by default <c>report.json</c> with its SHA-256 in
/// <c>report.json.sha256</c>, <c>report.html</c>, <c>report.sarif</c> and, when <see cref="ReportOptions.Pdf"/> is set,
/// <c>report.pdf</c>; see <see cref="ReportExporters"/>), all or nothing: the report is serialized once
/// (<see cref="ReportDocument"/>) and every file is
/// rendered in memory first (so a template or printing error writes no file), then the set is written into a staging
/// folder that replaces the output folder whole (<see cref="StagedFolder"/>), so no file of an earlier set survives
/// beside the new one and a killed process leaves the old set or the new one.
/// </summary>
public sealed class ReportWriter
{
    private readonly IReadOnlyList<IReportExporter> exporters;

    // What `report render` re-renders from a report.json; the rest of the set is kept as it is.
    private readonly IReportExporter[] rerendered = [new HtmlReportExporter(), new PdfReportExporter()];

    /// <summary>A writer of the default formats (<see cref="ReportExporters.CreateDefault"/>).</summary>
    public ReportWriter()
        : this(ReportExporters.CreateDefault())
    {
    }

    /// <summary>A writer of the given formats, rendered in this order.</summary>
    /// <param name="exporters">The formats; no two may produce the same file name.</param>
    /// <exception cref="ArgumentException">Two exporters name the same file.</exception>
    public ReportWriter(IEnumerable<IReportExporter> exporters)
    {
        ArgumentNullException.ThrowIfNull(exporters);
        this.exporters = [.. exporters];
        var repeated = this.exporters.SelectMany(e => e.FileNames).GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"two exporters write '{repeated.Key}'", nameof(exporters));
        }

        FileNames = [.. this.exporters.SelectMany(e => e.FileNames)];
    }

    /// <summary>The formats this writer renders, in order.</summary>
    public IReadOnlyList<IReportExporter> Exporters => this.exporters;

    /// <summary>Every file name the exporters may produce, in their order: the files a set of this writer may hold.</summary>
    public IReadOnlyList<string> FileNames { get; }

    /// <summary>
    /// Whether an entry of an output folder belongs to a set of this writer: one of <see cref="FileNames"/>, or a
    /// temporary file of one that an earlier version left when it was killed (<c>.report.json.GUID.tmp</c>). Anything
    /// else is the user's, and the folder is refused rather than replaced.
    /// </summary>
    /// <param name="name">The entry's name.</param>
    /// <returns><see langword="true"/> when the entry is part of (or left by) a set.</returns>
    public bool OwnsFile(string name) =>
        FileNames.Contains(name, StringComparer.Ordinal) || FileNames.Any(own => AtomicFile.IsTemporaryOf(name, own));

    /// <summary>Renders every file of the report's set in memory, writing nothing.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">How to render the HTML.</param>
    /// <param name="ct">Cancels the rendering.</param>
    /// <returns>The files.</returns>
    /// <exception cref="InvalidAuditInputException">A template or the UI strings are invalid.</exception>
    /// <exception cref="IOException">The PDF could not be printed.</exception>
    public async Task<RenderedReport> RenderAsync(AuditReport report, ReportOptions options, CancellationToken ct)
    {
        var document = ReportDocument.Create(report, options);
        var files = await ExportAsync(this.exporters, document, ct).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        return new RenderedReport(files, document.JsonSha256);
    }

    /// <summary>Writes the files.</summary>
    /// <param name="report">The report.</param>
    /// <param name="outputDirectory">The folder; created when missing, replaced whole when it holds an earlier set.</param>
    /// <param name="options">How to render the HTML.</param>
    /// <param name="ct">Cancels the write; nothing is written once cancelled before the swap.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="InvalidAuditInputException">A template or the UI strings are invalid, or the folder holds files of the user's; nothing was written.</exception>
    /// <exception cref="FileSystemRefusedException">The file system refused a write; nothing was written.</exception>
    /// <exception cref="IOException">The PDF could not be printed; nothing was written.</exception>
    public async Task<ReportFiles> WriteAsync(AuditReport report, string outputDirectory, ReportOptions options, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var directory = OutputPaths.CheckReplaceableFolder(outputDirectory, "output folder", OwnsFile);
        var rendered = await RenderAsync(report, options, ct).ConfigureAwait(false);
        using var staged = StagedFolder.Create(directory);
        foreach (var file in rendered.Files)
        {
            staged.Write(file.Name, file.Content.Span);
        }

        ct.ThrowIfCancellationRequested();
        staged.Commit();
        return rendered.In(directory);
    }

    /// <summary>
    /// Re-renders <c>report.html</c> from a <c>report.json</c>, without the model or the data; also <c>report.pdf</c>
    /// beside it when <see cref="ReportOptions.Pdf"/> is set. The folder's other files of the set (the JSON, its checksum,
    /// the SARIF, the Annex IV draft) are kept; PDFs not printed this time are dropped, since they may not match the new HTML.
    /// </summary>
    /// <param name="jsonPath">The report JSON.</param>
    /// <param name="outputDirectory">The folder for <c>report.html</c>; created when missing.</param>
    /// <param name="options">How to render the HTML.</param>
    /// <param name="ct">Cancels the write.</param>
    /// <returns>The path of the HTML written.</returns>
    /// <exception cref="InvalidAuditInputException">The JSON or a template is invalid, or the folder holds files of the user's; nothing was written.</exception>
    /// <exception cref="FileSystemRefusedException">The file system refused a write; nothing was written.</exception>
    /// <exception cref="IOException">The PDF could not be printed; nothing was written.</exception>
    public async Task<string> RenderHtmlFromJsonAsync(string jsonPath, string outputDirectory, ReportOptions options, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jsonPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);

        var directory = OutputPaths.CheckReplaceableFolder(outputDirectory, "output folder", OwnsFile);
        var document = ReportDocument.Create(AuditReportJson.Read(jsonPath), options);
        var files = await ExportAsync(rerendered, document, ct).ConfigureAwait(false);
        using var staged = StagedFolder.Create(directory);
        foreach (var file in files)
        {
            staged.Write(file.Name, file.Content.Span);
        }

        staged.CarryOver([.. rerendered.SelectMany(e => e.FileNames)]);
        ct.ThrowIfCancellationRequested();
        staged.Commit();
        return Path.Combine(directory, ReportSetNames.Html);
    }

    private static async Task<List<RenderedFile>> ExportAsync(IEnumerable<IReportExporter> exporters, ReportDocument document, CancellationToken ct)
    {
        List<RenderedFile> files = [];
        foreach (var exporter in exporters)
        {
            foreach (var file in await exporter.ExportAsync(document, ct).ConfigureAwait(false))
            {
                // A file the exporter did not declare would escape the output folder's ownership check.
                if (!exporter.FileNames.Contains(file.Name, StringComparer.Ordinal))
                {
                    throw new InvalidOperationException($"{exporter.GetType().Name} produced '{file.Name}', which is not one of its file names");
                }

                files.Add(file);
            }
        }

        return files;
    }
}
