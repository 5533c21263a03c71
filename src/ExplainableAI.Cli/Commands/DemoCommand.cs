using System.CommandLine;
using ExplainableAI.Core;
using ExplainableAI.Demo.Cohorts;
using ExplainableAI.Demo.Scenario;
using Microsoft.Extensions.DependencyInjection;

namespace ExplainableAI.Cli;

/// <summary>
/// <c>xai demo</c>: generates the synthetic ICU cohort with its planted problems, trains the sepsis model, registers it
/// with a manifest and audits it with every loaded plugin. Needs no input; the same seed gives the same report.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CommandContext context)
    {
        var output = new Option<string>("--out", "-o") { Description = "The folder for the cohort, model, manifest and report (default: xai-demo).", DefaultValueFactory = _ => "xai-demo" };
        var seed = new Option<int>("--seed") { Description = "The cohort, training and audit seed.", DefaultValueFactory = _ => new CohortOptions().Seed };
        var plugins = CommonOptions.Plugins();
        var isolation = PluginIsolationSettings.IsolationOption();
        var memoryLimit = PluginIsolationSettings.MemoryLimitOption();
        var templates = CommonOptions.Templates();
        var failOn = CommonOptions.FailOn();
        var language = CommonOptions.Language();
        var pdf = CommonOptions.Pdf();
        var pdfAppendix = CommonOptions.PdfAppendix();
        var command = new Command("demo", "Generate a synthetic ICU sepsis cohort with planted problems, train a FastTree model on it, and audit it.");
        foreach (var option in new Option[] { output, seed, plugins, isolation, memoryLimit, templates, language, pdf, pdfAppendix, failOn })
        {
            command.Options.Add(option);
        }

        command.SetAction((parsed, ct) => CliApplication.GuardAsync(context, parsed, async () =>
        {
            // Both folders are checked before the cohort is generated: the demo's own files go into the first, the
            // report set (which replaces its folder whole) into the second.
            var folder = OutputPaths.CheckFolder(parsed.GetValue(output)!, "--out");
            var reportFolder = ReportSetFolder.Check(Path.Combine(folder, "report"), "--out");
            var seedValue = parsed.GetValue(seed);
            var gate = CommonOptions.ParseFailOn(parsed.GetValue(failOn));
            var isolationSettings = PluginIsolationSettings.Parse(parsed.GetValue(isolation), parsed.GetValue(memoryLimit));
            var printer = CommonOptions.Printer(parsed.GetValue(pdf) || parsed.GetValue(pdfAppendix));
            await context.Output.WriteLineAsync($"Generating the synthetic ICU cohort and training the sepsis model in {folder} …").ConfigureAwait(false);
            var artifacts = new DemoScenario().Create(folder, new CohortOptions(Seed: seedValue), ct);
            await context.Output.WriteLineAsync("Planted problems the audit should find:").ConfigureAwait(false);
            foreach (var problem in artifacts.Planted)
            {
                await context.Output.WriteLineAsync($"  - {problem.Kind} ({problem.Column}): {problem.Description}").ConfigureAwait(false);
            }

            var arguments = new AuditArguments
            {
                Manifest = artifacts.ManifestPath,
                Output = reportFolder,
                Seed = seedValue,
                PluginDirectories = parsed.GetValue(plugins) ?? [],
                Isolation = isolationSettings,
                Templates = parsed.GetValue(templates),
                Language = parsed.GetValue(language)!,
                FailOn = gate,
                Pdf = printer,
                PdfAppendix = parsed.GetValue(pdfAppendix),
            };
            using var host = CliServices.Build(parsed.GetValue(context.Verbose), context.Output);
            var plan = host.Services.GetRequiredService<AuditPlanner>().Plan(arguments);
            var runner = host.Services.GetRequiredService<AuditRunner>();
            var outcome = await ProgressDisplay.RunAsync(context.Output, progress => runner.RunAsync(plan, recorder: null, progress, ct)).ConfigureAwait(false);
            VerdictPrinter.Print(context.Output, outcome);

            // The demo is a showcase: its planted problems are meant to be found, so it only gates when asked to.
            return gate is not null && Core.AuditGate.Fails(outcome.Report.Summary, gate.Value) ? ExitCodes.GateFailed : ExitCodes.Success;
        }));
        return command;
    }
}
