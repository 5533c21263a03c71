using ExplainableAI.Core;
using ExplainableAI.Reporting;

namespace ExplainableAI.Cli;

/// <summary>The formats of the command line's report set, and the checks every command runs on a report folder before any work.</summary>
internal static class ReportSetFolder
{
    /// <summary>
    /// The writer of the command line's set: the report formats (<see cref="ReportExporters.CreateDefault"/>) and the
    /// Annex IV draft, which names the JSON's hash. The one list a new output format is registered in: the files
    /// written and the files a folder of an earlier set may hold (<see cref="Check"/>) both come from it.
    /// </summary>
    public static ReportWriter CreateWriter() => new([.. ReportExporters.CreateDefault(), new AnnexIvExporter()]);

    /// <summary>
    /// Checks a folder that will receive a report set: not a file, device or pipe, not under a file, writable, and holding
    /// nothing but an earlier set (the set replaces the folder whole).
    /// </summary>
    /// <exception cref="Sdk.InvalidAuditInputException">The folder cannot receive the set.</exception>
    public static string Check(string path, string option = "--out") => OutputPaths.CheckReplaceableFolder(path, option, CreateWriter().OwnsFile);
}
