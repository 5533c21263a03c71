namespace ExplainableAI.Reporting;

/// <summary>The paths of the three files a report is written as.</summary>
/// <param name="Json">The canonical <c>report.json</c>.</param>
/// <param name="Html">The self-contained <c>report.html</c>.</param>
/// <param name="Sarif">The SARIF 2.1.0 log <c>report.sarif</c>.</param>
public sealed record ReportFiles(string Json, string Html, string Sarif);
