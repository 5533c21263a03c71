using System.CommandLine;
using System.Globalization;
using ExplainableAI.Registry;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary><c>xai history [MODEL]</c>: lists the recorded audit runs, oldest first.</summary>
internal static class HistoryCommand
{
    public static Command Create(CommandContext context)
    {
        var model = new Argument<string?>("model") { Description = "Only the runs of this model ID.", Arity = ArgumentArity.ZeroOrOne };
        var modelOption = new Option<string?>("--model") { Description = "Only the runs of this model ID (same as the argument)." };
        var registry = RegistryOptions.Registry();
        var json = new Option<bool>("--json") { Description = "Write the runs as JSON instead of a table." };
        var command = new Command("history", "List the audit runs recorded in the registry: ID, date, model, version, tier, verdict, counts, report.");
        command.Arguments.Add(model);
        command.Options.Add(modelOption);
        command.Options.Add(registry);
        command.Options.Add(json);
        command.SetAction((parsed, ct) => CliApplication.GuardAsync(context, parsed, () =>
        {
            var (fromArgument, fromOption) = (parsed.GetValue(model), parsed.GetValue(modelOption));
            if (fromArgument is not null && fromOption is not null && fromArgument != fromOption)
            {
                throw new InvalidAuditInputException($"two different models given: '{fromArgument}' and '{fromOption}'", field: "--model");
            }

            var target = RegistryOptions.Resolve(context, parsed, registry);
            var modelId = fromArgument ?? fromOption;
            var runs = AuditRegistry.OpenExisting(target.Path).History(modelId, ct);
            if (parsed.GetValue(json))
            {
                RegistryJson.Write(context.Output, runs);
            }
            else if (runs.Count == 0)
            {
                context.Output.WriteLine($"No runs recorded{(modelId is null ? string.Empty : $" for model '{TerminalText.Clean(modelId)}'")} in {target.Path}.");
            }
            else
            {
                TextTable.Write(context.Output, ["Run", "Recorded (UTC)", "Model", "Version", "Tier", "Verdict", "Errors", "Warnings", "Infos", "Suppressed", "Report"], [.. runs.Select(Row)]);
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static string[] Row(RunSummary run) =>
    [
        run.Id.ToString(CultureInfo.InvariantCulture),
        run.RecordedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        TerminalText.Clean(run.ModelId),
        TerminalText.Clean(run.ModelVersion),
        run.Tier ?? "-",
        $"{run.Verdict.ToString().ToLowerInvariant()} ({run.FailOn.ToString().ToLowerInvariant()})",
        run.Counts.Errors.ToString(CultureInfo.InvariantCulture),
        run.Counts.Warnings.ToString(CultureInfo.InvariantCulture),
        run.Counts.Infos.ToString(CultureInfo.InvariantCulture),
        run.Counts.Suppressed.ToString(CultureInfo.InvariantCulture),
        TerminalText.Clean(run.ReportPath),
    ];
}
