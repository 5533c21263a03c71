using ExplainableAI.Core;
using ExplainableAI.Reporting;

namespace ExplainableAI.Cli;

/// <summary>
/// Writes an audit's output set (report.json and its checksum, report.html, report.sarif, the PDFs asked for,
/// annex-iv.md) and records the run in the registry, all or nothing. Everything is rendered first; the files are written
/// into a staging folder; the registry run is written in an open transaction; then the folder swap and the commit follow
/// each other. A failure before the swap keeps nothing (the old set and the registry are unchanged); a registry that
/// refuses its commit after the swap gets the old set swapped back.
/// </summary>
internal sealed class AuditOutputWriter(ReportWriter writer)
{
    public async Task<AuditOutcome> WriteAsync(AuditReport report, AuditPlan plan, RunRecorder? recorder, byte[]? pluginsLog, CancellationToken cancellationToken)
    {
        var options = new ReportOptions(plan.TemplatesDirectory, plan.Language) { Pdf = plan.Pdf, PdfAppendix = plan.PdfAppendix };
        var rendered = await writer.RenderAsync(report, options, cancellationToken).ConfigureAwait(false);

        using var staged = StagedFolder.Create(plan.OutputDirectory);
        foreach (var file in rendered.Files)
        {
            staged.Write(file.Name, file.Content.Span);
        }

        if (pluginsLog is not null)
        {
            // What isolated plugins wrote to their console, named by each plugin record's consoleLog.
            staged.Write(PluginProcessSession.ConsoleLogName, pluginsLog);
        }

        var files = rendered.In(staged.Target);
        using var pending = recorder?.Prepare(report, files.Json, rendered.JsonSha256, cancellationToken);

        // The last moment a cancellation is honoured: past it, the set is committed.
        cancellationToken.ThrowIfCancellationRequested();
        staged.Commit();
        var run = pending is null ? null : CommitOrRevert(recorder!, pending, staged);
        return new AuditOutcome(report, files, Path.Combine(staged.Target, AnnexIvExporter.FileName)) { Run = run is null ? null : recorder!.Describe(run) };
    }

    private static Registry.RunSummary? CommitOrRevert(RunRecorder recorder, Registry.PendingRun pending, StagedFolder staged)
    {
        try
        {
            return recorder.Commit(pending);
        }
        catch
        {
            staged.Revert();
            throw;
        }
    }
}
