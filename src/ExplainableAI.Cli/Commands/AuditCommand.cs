using System.CommandLine;
using ExplainableAI.Core;
using Microsoft.Extensions.DependencyInjection;

namespace ExplainableAI.Cli;

/// <summary><c>xai audit</c>: audits a model (from a manifest or from flags) and writes report.json, report.html and report.sarif.</summary>
internal static class AuditCommand
{
    public static Command Create(CommandContext context)
    {
        var manifest = new Option<string?>("--manifest", "-m") { Description = "A registration manifest (YAML) naming the model, data and check configuration." };
        var registration = new RegistrationFlags();
        var output = new Option<string>("--out", "-o") { Description = "The folder the reports are written to.", Required = true };
        var seed = new Option<int?>("--seed") { Description = "The audit seed (default: the manifest's, else 20261125)." };
        var plugins = CommonOptions.Plugins();
        var isolation = PluginIsolationSettings.IsolationOption();
        var memoryLimit = PluginIsolationSettings.MemoryLimitOption();
        var templates = CommonOptions.Templates();
        var failOn = CommonOptions.FailOn();
        var language = CommonOptions.Language();
        var pdf = CommonOptions.Pdf();
        var pdfAppendix = CommonOptions.PdfAppendix();
        var registry = RegistryOptions.Registry();
        var noRegistry = new Option<bool>("--no-registry") { Description = "Do not record this run in the registry." };

        var command = new Command("audit", "Audit a model with every loaded check and write report.json, report.html and report.sarif.");
        Option[] options = [manifest, .. registration.Options, output, seed, plugins, isolation, memoryLimit, templates, language, pdf, pdfAppendix, failOn, registry, noRegistry];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction((parsed, ct) => CliApplication.GuardAsync(context, parsed, async () =>
        {
            // Before any work (even locating Chromium for --pdf): a bad --out is found in a moment, not after the audit.
            var outputFolder = ReportSetFolder.Check(parsed.GetValue(output)!);
            var arguments = new AuditArguments
            {
                Manifest = parsed.GetValue(manifest),
                Overrides = registration.Read(parsed),
                Output = outputFolder,
                Seed = parsed.GetValue(seed),
                PluginDirectories = parsed.GetValue(plugins) ?? [],
                Isolation = PluginIsolationSettings.Parse(parsed.GetValue(isolation), parsed.GetValue(memoryLimit)),
                Templates = parsed.GetValue(templates),
                Language = parsed.GetValue(language)!,
                FailOn = CommonOptions.ParseFailOn(parsed.GetValue(failOn)),
                Pdf = CommonOptions.Printer(parsed.GetValue(pdf) || parsed.GetValue(pdfAppendix)),
                PdfAppendix = parsed.GetValue(pdfAppendix),
                StackTraces = parsed.GetValue(context.Verbose),
            };
            using var host = CliServices.Build(parsed.GetValue(context.Verbose), context.Output);
            var plan = host.Services.GetRequiredService<AuditPlanner>().Plan(arguments);

            // Opened before the audit: a bad named registry is bad input, and nothing is written.
            var recorder = parsed.GetValue(noRegistry) ? null : RunRecorder.Open(RegistryOptions.Resolve(host, parsed.GetValue(registry)), host.Services.GetRequiredService<TimeProvider>(), context.Error);
            var runner = host.Services.GetRequiredService<AuditRunner>();
            using var exitGuard = new AuditExitGuard(context.Error);
            var outcome = await ProgressDisplay.RunAsync(context.Output, progress => runner.RunAsync(plan, recorder, exitGuard.Watch(progress), ct)).ConfigureAwait(false);
            exitGuard.Finish();
            VerdictPrinter.Print(context.Output, outcome);
            return AuditGate.Fails(outcome.Report.Summary, plan.Configuration.FailOn) ? ExitCodes.GateFailed : ExitCodes.Success;
        }));
        return command;
    }
}
