namespace ExplainableAI.Reporting;

/// <summary>
/// The names of the files the default formats (<see cref="ReportExporters.CreateDefault"/>) write. What a folder of an
/// earlier set may hold is not listed here but derived from the exporters a writer has (<see cref="ReportWriter.FileNames"/>),
/// so a new format is one exporter class and its registration.
/// </summary>
public static class ReportSetNames
{
    /// <summary><c>report.json</c>, the canonical report.</summary>
    public const string Json = "report.json";

    /// <summary><c>report.json.sha256</c>, its checksum in <c>sha256sum</c> format.</summary>
    public const string JsonChecksum = "report.json.sha256";

    /// <summary><c>report.html</c>.</summary>
    public const string Html = "report.html";

    /// <summary><c>report.sarif</c>.</summary>
    public const string Sarif = "report.sarif";

    /// <summary><c>report.pdf</c>, with <c>--pdf</c>.</summary>
    public const string Pdf = "report.pdf";

    /// <summary><c>report-appendix.pdf</c>, with <c>--pdf-appendix</c>.</summary>
    public const string AppendixPdf = "report-appendix.pdf";
}
