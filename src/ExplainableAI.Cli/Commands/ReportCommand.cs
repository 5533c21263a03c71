using System.CommandLine;
using ExplainableAI.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace ExplainableAI.Cli;

/// <summary><c>xai report render</c>: re-renders report.html from report.json alone, without the model or data.</summary>
internal static class ReportCommand
{
    public static Command Create(CommandContext context)
    {
        var json = new Argument<string>("report") { Description = "The report.json to render." };
        var output = new Option<string>("--out", "-o") { Description = "The folder report.html is written to.", Required = true };
        var templates = CommonOptions.Templates();
        var language = CommonOptions.Language();
        var pdf = CommonOptions.Pdf();
        var pdfAppendix = CommonOptions.PdfAppendix();
        var render = new Command("render", "Render report.html (and with --pdf report.pdf) from a report.json, without the model or the data.");
        render.Arguments.Add(json);
        render.Options.Add(output);
        render.Options.Add(templates);
        render.Options.Add(language);
        render.Options.Add(pdf);
        render.Options.Add(pdfAppendix);
        render.SetAction((parsed, ct) => CliApplication.GuardAsync(context, parsed, async () =>
        {
            var folder = ReportSetFolder.Check(parsed.GetValue(output)!);
            var printer = CommonOptions.Printer(parsed.GetValue(pdf) || parsed.GetValue(pdfAppendix));
            using var host = CliServices.Build(parsed.GetValue(context.Verbose), context.Output);
            var writer = host.Services.GetRequiredService<ReportWriter>();
            var options = new ReportOptions(parsed.GetValue(templates), parsed.GetValue(language)!) { Pdf = printer, PdfAppendix = parsed.GetValue(pdfAppendix) };
            var html = await writer.RenderHtmlFromJsonAsync(parsed.GetValue(json)!, folder, options, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Report: {html}").ConfigureAwait(false);
            if (printer is not null)
            {
                await context.Output.WriteLineAsync($"PDF:    {Path.ChangeExtension(html, ".pdf")}").ConfigureAwait(false);
                if (parsed.GetValue(pdfAppendix))
                {
                    await context.Output.WriteLineAsync($"PDF:    {Path.Combine(Path.GetDirectoryName(html)!, "report-appendix.pdf")}").ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        }));
        var command = new Command("report", "Work with written reports.");
        command.Subcommands.Add(render);
        command.Subcommands.Add(AnnexIv(context));
        return command;
    }

    private static Command AnnexIv(CommandContext context)
    {
        var json = new Argument<string>("report") { Description = "The report.json to draft from." };
        var output = new Option<string>("--out", "-o") { Description = "The folder annex-iv.md is written to.", Required = true };
        var command = new Command("annex-iv", "Write the EU AI Act Annex IV technical-documentation draft (annex-iv.md) from a report.json.");
        command.Arguments.Add(json);
        command.Options.Add(output);
        command.SetAction((parsed, ct) => CliApplication.GuardAsync(context, parsed, async () =>
        {
            var folder = ReportSetFolder.Check(parsed.GetValue(output)!);
            var path = parsed.GetValue(json)!;
            var report = AuditReportJson.Read(path);
            ct.ThrowIfCancellationRequested();
            var written = AnnexIvFile.Write(report, path, folder);
            await context.Output.WriteLineAsync($"Annex IV draft: {written}").ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
