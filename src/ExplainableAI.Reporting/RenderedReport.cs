namespace ExplainableAI.Reporting;

/// <summary>A report rendered in memory, every file of its set, before anything is written.</summary>
/// <param name="Files">The files, by name (see <see cref="ReportSetNames"/>).</param>
/// <param name="JsonSha256">SHA-256 of <c>report.json</c>'s bytes (<see cref="ReportDocument.JsonSha256"/>), lower-case hexadecimal.</param>
public sealed record RenderedReport(IReadOnlyList<RenderedFile> Files, string JsonSha256)
{
    /// <summary>The bytes of <c>report.json</c>.</summary>
    public ReadOnlyMemory<byte> Json => Files.First(f => f.Name == ReportSetNames.Json).Content;

    /// <summary>The paths the files have once written into <paramref name="directory"/>.</summary>
    /// <param name="directory">The output folder.</param>
    /// <returns>The paths.</returns>
    public ReportFiles In(string directory)
    {
        string? Optional(string name) => Files.Any(f => f.Name == name) ? Path.Combine(directory, name) : null;
        return new ReportFiles(
            Path.Combine(directory, ReportSetNames.Json),
            Path.Combine(directory, ReportSetNames.Html),
            Path.Combine(directory, ReportSetNames.Sarif),
            Path.Combine(directory, ReportSetNames.JsonChecksum))
        {
            Pdf = Optional(ReportSetNames.Pdf),
            AppendixPdf = Optional(ReportSetNames.AppendixPdf),
        };
    }
}
