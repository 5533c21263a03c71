namespace ExplainableAI.Reporting;

/// <summary>The paths of the files a report is written as.</summary>
/// <param name="Json">The canonical <c>report.json</c>.</param>
/// <param name="Html">The self-contained <c>report.html</c>.</param>
/// <param name="Sarif">The SARIF 2.1.0 log <c>report.sarif</c>.</param>
/// <param name="JsonChecksum"><c>report.json.sha256</c>, in <c>sha256sum</c> format, so <c>sha256sum -c report.json.sha256</c> verifies the JSON.</param>
public sealed record ReportFiles(string Json, string Html, string Sarif, string JsonChecksum)
{
    /// <summary><c>report.pdf</c>, the HTML printed by headless Chromium, or <see langword="null"/> when no PDF was asked for.</summary>
    public string? Pdf { get; init; }

    /// <summary><c>report-appendix.pdf</c> (coverage, measurements, rules, provenance), or <see langword="null"/> when not asked for.</summary>
    public string? AppendixPdf { get; init; }
}
