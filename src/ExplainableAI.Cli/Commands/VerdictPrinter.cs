using System.Globalization;
using ExplainableAI.Core;

namespace ExplainableAI.Cli;

/// <summary>Prints the verdict and where the reports are, after an audit.</summary>
internal static class VerdictPrinter
{
    public static void Print(TextWriter output, AuditOutcome outcome)
    {
        var s = outcome.Report.Summary;
        var gate = AuditGate.Fails(outcome.Report.Summary, outcome.Report.Configuration.FailOn) ? "FAILED" : "passed";
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Verdict: gate {gate} (fail on {outcome.Report.Configuration.FailOn.ToString().ToLowerInvariant()}): {s.Errors} errors, {s.Warnings} warnings, {s.Infos} infos, {s.Suppressed} suppressed"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Checks: {s.ChecksRun} completed, {s.ChecksFailed} failed, {s.ChecksSkipped} skipped"));
        output.WriteLine($"Report: {outcome.Files.Html}");
        output.WriteLine($"JSON:   {outcome.Files.Json}");
        output.WriteLine($"SARIF:  {outcome.Files.Sarif}");
        if (outcome.Files.Pdf is { } pdf)
        {
            output.WriteLine($"PDF:    {pdf}");
        }

        if (outcome.Files.AppendixPdf is { } appendix)
        {
            output.WriteLine($"PDF:    {appendix} (appendices)");
        }

        output.WriteLine($"SHA-256 of the JSON: {outcome.Files.JsonChecksum} (verify with sha256sum -c)");
        output.WriteLine($"Annex IV draft: {outcome.AnnexIv}");
        if (outcome.Run is { } run)
        {
            output.WriteLine(run);
        }
    }
}
