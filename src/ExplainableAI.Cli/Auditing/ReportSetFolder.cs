using ExplainableAI.Core;
using ExplainableAI.Reporting;

namespace ExplainableAI.Cli;

/// <summary>The checks every command runs on a report folder before any work.</summary>
internal static class ReportSetFolder
{
    /// <summary>
    /// Checks a folder that will receive a report set: not a file, device or pipe, not under a file, writable, and holding
    /// nothing but an earlier set (the set replaces the folder whole).
    /// </summary>
    /// <exception cref="Sdk.InvalidAuditInputException">The folder cannot receive the set.</exception>
    public static string Check(string path, string option = "--out") => OutputPaths.CheckReplaceableFolder(path, option, ReportSetNames.IsOwnFile);
}
