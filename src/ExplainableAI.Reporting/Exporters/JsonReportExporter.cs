namespace ExplainableAI.Reporting;

/// <summary><c>report.json</c>, the canonical report, and <c>report.json.sha256</c>, its checksum.</summary>
public sealed class JsonReportExporter : IReportExporter
{
    /// <inheritdoc />
    public IReadOnlyList<string> FileNames { get; } = [ReportSetNames.Json, ReportSetNames.JsonChecksum];

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RenderedFile>> ExportAsync(ReportDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);

        // sha256sum's format (hash, two spaces, file name), so a reviewer can confirm that the JSON read is the JSON written.
        var checksum = $"{document.JsonSha256}  {ReportSetNames.Json}\n";
        IReadOnlyList<RenderedFile> files =
        [
            new(ReportSetNames.Json, document.Json),
            new(ReportSetNames.JsonChecksum, ReportDocument.Utf8(checksum)),
        ];
        return ValueTask.FromResult(files);
    }
}
