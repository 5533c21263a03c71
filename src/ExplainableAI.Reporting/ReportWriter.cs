using System.Text;
using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting;

/// <summary>
/// Writes a report as <c>report.json</c> (with its SHA-256 in <c>report.json.sha256</c>), <c>report.html</c>,
/// <c>report.sarif</c> and, when <see cref="ReportOptions.Pdf"/> is set, <c>report.pdf</c>, all or nothing: everything is
/// rendered in memory first (so a template or printing error writes no file), then each file is written to a temporary
/// file in the output folder and moved over its final name.
/// </summary>
public sealed class ReportWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly HtmlReportRenderer _html = new();

    /// <summary>Writes the files.</summary>
    /// <param name="report">The report.</param>
    /// <param name="outputDirectory">The folder; created when missing.</param>
    /// <param name="options">How to render the HTML.</param>
    /// <param name="ct">Cancels the write; files not yet moved into place are removed.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="InvalidAuditInputException">A template or the UI strings are invalid; nothing was written.</exception>
    /// <exception cref="IOException">The PDF could not be printed; nothing was written.</exception>
    public async Task<ReportFiles> WriteAsync(AuditReport report, string outputDirectory, ReportOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);

        var json = AuditReportJson.Serialize(report);
        var html = _html.Render(report, options);
        var sarif = SarifWriter.Write(report);
        var (pdf, appendixPdf) = await PrintAsync(report, options, ct).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();

        var directory = Path.GetFullPath(outputDirectory);
        var files = new ReportFiles(
            Path.Combine(directory, "report.json"),
            Path.Combine(directory, "report.html"),
            Path.Combine(directory, "report.sarif"),
            Path.Combine(directory, "report.json.sha256"))
        {
            Pdf = pdf is null ? null : Path.Combine(directory, "report.pdf"),
            AppendixPdf = appendixPdf is null ? null : Path.Combine(directory, "report-appendix.pdf"),
        };

        // sha256sum's format (hash, two spaces, file name), so a reviewer can confirm that the JSON read is the JSON written.
        var checksum = $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Utf8NoBom.GetBytes(json)))}  report.json\n";
        List<(string, byte[])> contents = [(files.Json, Utf8NoBom.GetBytes(json)), (files.JsonChecksum, Utf8NoBom.GetBytes(checksum)), (files.Html, Utf8NoBom.GetBytes(html)), (files.Sarif, Utf8NoBom.GetBytes(sarif))];
        if (pdf is not null)
        {
            contents.Add((files.Pdf!, pdf));
        }

        if (appendixPdf is not null)
        {
            contents.Add((files.AppendixPdf!, appendixPdf));
        }

        await WriteAllAsync(directory, contents, ct).ConfigureAwait(false);
        return files;
    }

    /// <summary>
    /// Re-renders <c>report.html</c> from a <c>report.json</c>, without the model or the data; also <c>report.pdf</c>
    /// beside it when <see cref="ReportOptions.Pdf"/> is set.
    /// </summary>
    /// <param name="jsonPath">The report JSON.</param>
    /// <param name="outputDirectory">The folder for <c>report.html</c>; created when missing.</param>
    /// <param name="options">How to render the HTML.</param>
    /// <param name="ct">Cancels the write.</param>
    /// <returns>The path of the HTML written.</returns>
    /// <exception cref="InvalidAuditInputException">The JSON or a template is invalid; nothing was written.</exception>
    /// <exception cref="IOException">The PDF could not be printed; nothing was written.</exception>
    public async Task<string> RenderHtmlFromJsonAsync(string jsonPath, string outputDirectory, ReportOptions options, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jsonPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);

        var report = AuditReportJson.Read(jsonPath);
        var html = _html.Render(report, options);
        var (pdf, appendixPdf) = await PrintAsync(report, options, ct).ConfigureAwait(false);
        var directory = Path.GetFullPath(outputDirectory);
        var path = Path.Combine(directory, "report.html");
        List<(string, byte[])> contents = [(path, Utf8NoBom.GetBytes(html))];
        if (pdf is not null)
        {
            contents.Add((Path.Combine(directory, "report.pdf"), pdf));
        }

        if (appendixPdf is not null)
        {
            contents.Add((Path.Combine(directory, "report-appendix.pdf"), appendixPdf));
        }

        await WriteAllAsync(directory, contents, ct).ConfigureAwait(false);
        return path;
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

    private static async Task WriteAllAsync(string directory, IReadOnlyList<(string Path, byte[] Content)> files, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var temps = new List<(string Temp, string Final)>(files.Count);
        try
        {
            foreach (var (path, content) in files)
            {
                // Same folder as the target, so the move is a rename on one volume rather than a copy.
                var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
                temps.Add((temp, path));
                await File.WriteAllBytesAsync(temp, content, ct).ConfigureAwait(false);
            }

            ct.ThrowIfCancellationRequested();
            foreach (var (temp, final) in temps)
            {
                File.Move(temp, final, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temp, _) in temps)
            {
                TryDelete(temp);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // A leftover temp file is harmless; the original error matters more.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
