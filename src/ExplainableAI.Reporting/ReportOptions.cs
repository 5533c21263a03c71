namespace ExplainableAI.Reporting;

/// <summary>How the human-readable report is rendered.</summary>
/// <param name="TemplatesDirectory">
/// Folder holding <c>report.html.sbn</c> and the templates it includes, or <see langword="null"/> for the templates that
/// ship with the tool (<see cref="DefaultTemplatesDirectory"/>). UI strings are looked up in the <c>i18n</c> folder beside
/// it first, then in the shipped ones.
/// </param>
/// <param name="Language">Language of the UI strings, such as <c>en</c> or <c>ja</c>; also the document's <c>lang</c>.</param>
public sealed record ReportOptions(string? TemplatesDirectory = null, string Language = "en")
{
    /// <summary>Prints the HTML to <c>report.pdf</c> as well, with this printer; <see langword="null"/> (the default) writes no PDF.</summary>
    public PdfPrinter? Pdf { get; init; }

    /// <summary>
    /// Whether <c>--pdf</c> also prints the appendices (requirement coverage, every measurement, the rules, provenance) as
    /// <c>report-appendix.pdf</c>; the reviewer's <c>report.pdf</c> holds the verdict, the tier and the findings.
    /// </summary>
    public bool PdfAppendix { get; init; }

    /// <summary>Which part of the report a render writes (the HTML file is always <see cref="ReportPart.Full"/>).</summary>
    public ReportPart Part { get; init; } = ReportPart.Full;

    /// <summary>The templates that ship with the tool: <c>reports/templates</c> under the application's base directory.</summary>
    public static string DefaultTemplatesDirectory => Path.Combine(AppContext.BaseDirectory, "reports", "templates");

    /// <summary>The templates directory these options resolve to.</summary>
    public string EffectiveTemplatesDirectory => Path.GetFullPath(TemplatesDirectory ?? DefaultTemplatesDirectory);
}
