using System.Text;
using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting;

/// <summary>
/// Writes a report as <c>report.json</c> (with its SHA-256 in <c>report.json.sha256</c>), <c>report.html</c>,
/// <c>report.sarif</c> and, when <see cref="ReportOptions.Pdf"/> is set, <c>report.pdf</c>, all or nothing: everything is
/// rendered in memory first (so a template or printing error writes no file), then the set is written into a staging
/// folder that replaces the output folder whole (<see cref="StagedFolder"/>), so no file of an earlier set survives
/// beside the new one and a killed process leaves the old set or the new one.
/// </summary>
public sealed class ReportWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly string[] Rendered = [ReportSetNames.Html, ReportSetNames.Pdf, ReportSetNames.AppendixPdf];

    private readonly HtmlReportRenderer _html = new();

    /// <summary>Renders every file of the report's set in memory, writing nothing.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">How to render the HTML.</param>
    /// <param name="ct">Cancels the rendering.</param>
    /// <returns>The files.</returns>
    /// <exception cref="InvalidAuditInputException">A template or the UI strings are invalid.</exception>
    /// <exception cref="IOException">The PDF could not be printed.</exception>
    public async Task<RenderedReport> RenderAsync(AuditReport report, ReportOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);

        var json = Utf8NoBom.GetBytes(AuditReportJson.Serialize(report));
        var html = _html.Render(report, options);
        var sarif = SarifWriter.Write(report);
        var (pdf, appendixPdf) = await PrintAsync(report, options, ct).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();

        // sha256sum's format (hash, two spaces, file name), so a reviewer can confirm that the JSON read is the JSON written.
        var checksum = $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(json))}  {ReportSetNames.Json}\n";
        List<RenderedFile> files =
        [
            new(ReportSetNames.Json, json),
            new(ReportSetNames.JsonChecksum, Utf8NoBom.GetBytes(checksum)),
            new(ReportSetNames.Html, Utf8NoBom.GetBytes(html)),
            new(ReportSetNames.Sarif, Utf8NoBom.GetBytes(sarif)),
        ];
        if (pdf is not null)
        {
            files.Add(new(ReportSetNames.Pdf, pdf));
        }

        if (appendixPdf is not null)
        {
            files.Add(new(ReportSetNames.AppendixPdf, appendixPdf));
        }

        return new RenderedReport(files);
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
        var directory = OutputPaths.CheckReplaceableFolder(outputDirectory, "output folder", ReportSetNames.IsOwnFile);
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

        var directory = OutputPaths.CheckReplaceableFolder(outputDirectory, "output folder", ReportSetNames.IsOwnFile);
        var report = AuditReportJson.Read(jsonPath);
        var html = _html.Render(report, options);
        var (pdf, appendixPdf) = await PrintAsync(report, options, ct).ConfigureAwait(false);
        using var staged = StagedFolder.Create(directory);
        staged.Write(ReportSetNames.Html, Utf8NoBom.GetBytes(html));
        if (pdf is not null)
        {
            staged.Write(ReportSetNames.Pdf, pdf);
        }

        if (appendixPdf is not null)
        {
            staged.Write(ReportSetNames.AppendixPdf, appendixPdf);
        }

        staged.CarryOver(Rendered);
        ct.ThrowIfCancellationRequested();
        staged.Commit();
        return Path.Combine(directory, ReportSetNames.Html);
    }

    // The reviewer's PDF is the main part (verdict, tier, findings); the appendices print on their own only when asked.
    private async Task<(byte[]? Main, byte[]? Appendix)> PrintAsync(AuditReport report, ReportOptions options, CancellationToken ct)
    {
        if (options.Pdf is not { } printer)
        {
            return (null, null);
        }

        var main = await printer.PrintAsync(_html.Render(report, options with { Part = ReportPart.Main }), ct).ConfigureAwait(false);
        var appendix = options.PdfAppendix
            ? await printer.PrintAsync(_html.Render(report, options with { Part = ReportPart.Appendix }), ct).ConfigureAwait(false)
            : null;
        return (main, appendix);
    }
}
