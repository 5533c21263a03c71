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
        var model = new Option<string?>("--model") { Description = "The model file (.zip for ML.NET, .onnx for ONNX, .json for XGBoost)." };
        var format = new Option<string?>("--model-format") { Description = "The model format when the extension does not say: mlnet, onnx, xgboost, lightgbm, or one a plugin adds." };
        var data = new Option<string?>("--data", "-d") { Description = "The evaluation data (CSV or Parquet)." };
        var reference = new Option<string?>("--reference") { Description = "Reference data, such as the training set (CSV or Parquet)." };
        var label = new Option<string?>("--label") { Description = "The ground-truth column." };
        var positive = new Option<string?>("--positive-class") { Description = "The label value that counts as positive (binary tasks)." };
        var sensitive = new Option<string?>("--sensitive") { Description = "Comma-separated sensitive attributes, such as sex,age." };
        var score = new Option<string?>("--score-column") { Description = "A column of precomputed scores, to audit without the model." };
        var threshold = new Option<double?>("--threshold") { Description = "The operating threshold (default 0.5)." };
        var output = new Option<string>("--out", "-o") { Description = "The folder the reports are written to.", Required = true };
        var seed = new Option<int?>("--seed") { Description = "The audit seed (default: the manifest's, else 20261125)." };
        var plugins = CommonOptions.Plugins();
        var isolation = PluginIsolationSettings.IsolationOption();
        var memoryLimit = PluginIsolationSettings.MemoryLimitOption();
        var templates = CommonOptions.Templates();
        var failOn = CommonOptions.FailOn();
        var task = CommonOptions.Task();
        var inputs = CommonOptions.ModelInputs();
        var delimiter = CommonOptions.Delimiter();
        var language = CommonOptions.Language();
        var pdf = CommonOptions.Pdf();
        var pdfAppendix = CommonOptions.PdfAppendix();
        var registry = RegistryOptions.Registry();
        var noRegistry = new Option<bool>("--no-registry") { Description = "Do not record this run in the registry." };

        var command = new Command("audit", "Audit a model with every loaded check and write report.json, report.html and report.sarif.");
        foreach (var option in new Option[] { manifest, model, format, task, inputs, data, reference, label, positive, sensitive, score, threshold, delimiter, output, seed, plugins, isolation, memoryLimit, templates, language, pdf, pdfAppendix, failOn, registry, noRegistry })
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
                Model = parsed.GetValue(model),
                ModelFormat = CommonOptions.ParseFormat(parsed.GetValue(format)),
                Task = CommonOptions.ParseTask(parsed.GetValue(task)),
                ModelInputs = CommonOptions.ParseModelInputs(parsed.GetValue(inputs)),
                Data = parsed.GetValue(data),
                Reference = parsed.GetValue(reference),
                Label = parsed.GetValue(label),
                PositiveClass = parsed.GetValue(positive),
                Sensitive = (parsed.GetValue(sensitive) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                ScoreColumn = parsed.GetValue(score),
                Threshold = parsed.GetValue(threshold),
                Delimiter = CommonOptions.ParseDelimiter(parsed.GetValue(delimiter)),
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
