using ExplainableAI.Core;

namespace ExplainableAI.Reporting;

/// <summary>The names of the files a report set is written as, and what may be found in a folder holding an earlier set.</summary>
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

    /// <summary><c>annex-iv.md</c>, the Annex IV documentation draft the command line writes with the set.</summary>
    public const string AnnexIv = "annex-iv.md";

    /// <summary>Every name a set may hold.</summary>
    public static IReadOnlyList<string> All { get; } = [Json, JsonChecksum, Html, Sarif, Pdf, AppendixPdf, AnnexIv];

    /// <summary>
    /// Whether an entry of an output folder belongs to a set xai wrote: one of <see cref="All"/>, or a temporary file of
    /// one that an earlier version left when it was killed (<c>.report.json.GUID.tmp</c>). Anything else is the user's,
    /// and the folder is refused rather than replaced.
    /// </summary>
    /// <param name="name">The entry's name.</param>
    /// <returns><see langword="true"/> when the entry is part of (or left by) a set.</returns>
    public static bool IsOwnFile(string name) =>
        All.Contains(name, StringComparer.Ordinal) || All.Any(own => AtomicFile.IsTemporaryOf(name, own));
}
