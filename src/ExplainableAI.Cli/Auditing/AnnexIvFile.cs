using System.Security.Cryptography;
using ExplainableAI.Core;
using ExplainableAI.Regulatory;

namespace ExplainableAI.Cli;

/// <summary>Writes <c>annex-iv.md</c> (the Annex IV documentation draft) for a written report.json, naming its SHA-256.</summary>
internal static class AnnexIvFile
{
    public static string Write(AuditReport report, string reportJsonPath, string outputDirectory)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(reportJsonPath)));
        var path = Path.Combine(Path.GetFullPath(outputDirectory), AnnexIvDraft.FileName);
        var text = AnnexIvDraft.Render(report, sha);
        AtomicFile.WriteText(path, writer => writer.Write(text));
        return path;
    }
}
