using System.Globalization;
using ExplainableAI.Core;
using ExplainableAI.Registry;
using ExplainableAI.Reporting;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>What <c>xai compare</c> takes for a run: a registry run ID (<c>12</c> or <c>#12</c>), or a report.json (or the folder holding it).</summary>
internal static class RunReference
{
    public static bool IsRunId(string text, out long id) =>
        long.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    public static RecordedRun Resolve(string text, Func<AuditRegistry> registry, CancellationToken cancellationToken)
    {
        if (IsRunId(text, out var id))
        {
            return registry().Get(id, cancellationToken);
        }

        var path = Directory.Exists(text) ? Path.Combine(text, "report.json") : text;
        if (!File.Exists(path))
        {
            throw new InvalidAuditInputException($"expected a run ID (see 'xai history') or a report.json, found neither: '{text}'", field: "run");
        }

        var report = AuditReportJson.Read(path);
        var sha = Sha256Hex.OfFile(path);
        return RecordedRun.FromReport(report, path, sha, new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero));
    }
}
