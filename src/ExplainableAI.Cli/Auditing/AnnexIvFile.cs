using System.Text;
using ExplainableAI.Core;
using ExplainableAI.Regulatory;
using ExplainableAI.Reporting;

namespace ExplainableAI.Cli;

/// <summary><c>annex-iv.md</c> (the Annex IV documentation draft) for a report.json, naming its SHA-256.</summary>
internal static class AnnexIvFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The draft's bytes, for the report whose JSON has this SHA-256.</summary>
    public static byte[] Render(AuditReport report, string reportJsonSha256) => Utf8NoBom.GetBytes(AnnexIvDraft.Render(report, reportJsonSha256));

    /// <summary>
    /// Writes the draft for a report.json already on disk (the audit itself writes the draft with its set, through
    /// <see cref="AnnexIvExporter"/>) into <paramref name="outputDirectory"/> (checked with
    /// <see cref="ReportSetFolder.Check"/>), keeping the folder's other report files: the folder is replaced whole, so
    /// an interrupted write leaves the old draft.
    /// </summary>
    public static string Write(AuditReport report, string reportJsonPath, string outputDirectory)
    {
        var sha = Sha256Hex.OfFile(reportJsonPath);
        using var staged = StagedFolder.Create(outputDirectory);
        staged.Write(AnnexIvExporter.FileName, Render(report, sha));
        staged.CarryOver([AnnexIvExporter.FileName]);
        staged.Commit();
        return Path.Combine(staged.Target, AnnexIvExporter.FileName);
    }
}
