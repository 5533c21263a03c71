using System.CommandLine;
using ExplainableAI.Registry;

namespace ExplainableAI.Cli;

/// <summary><c>xai compare RUN_A RUN_B</c>: what changed from run A to run B (verdict, tier, findings, measurements).</summary>
internal static class CompareCommand
{
    public static Command Create(CommandContext context)
    {
        var before = new Argument<string>("run-a") { Description = "The earlier run: a run ID from 'xai history', or a report.json (or its folder)." };
        var after = new Argument<string>("run-b") { Description = "The later run: a run ID from 'xai history', or a report.json (or its folder)." };
        var registry = RegistryOptions.Registry();
        var json = new Option<bool>("--json") { Description = "Write the comparison as JSON instead of text." };
        var gate = new Option<bool>("--fail-on-regression")
        {
            Description = "Exit with code 1 when B is worse than A: the verdict went from passed to failed, or a warning or error finding appeared, was unsuppressed or rose in severity.",
        };
        var command = new Command("compare", "Compare two audit runs: verdict, tier, findings that appeared, were resolved or changed, and measurements that moved (against their confidence intervals).");
        command.Arguments.Add(before);
        command.Arguments.Add(after);
        command.Options.Add(registry);
        command.Options.Add(json);
        command.Options.Add(gate);
        command.SetAction((parsed, ct) => CliApplication.GuardAsync(context, parsed, () =>
        {
            var target = RegistryOptions.Resolve(context, parsed, registry);
            AuditRegistry? opened = null;
            AuditRegistry Registry() => opened ??= AuditRegistry.OpenExisting(target.Path);
            var a = RunReference.Resolve(parsed.GetValue(before)!, Registry, ct);
            var b = RunReference.Resolve(parsed.GetValue(after)!, Registry, ct);
            var comparison = RunComparer.Compare(a, b);
            if (parsed.GetValue(json))
            {
                RegistryJson.Write(context.Output, new { comparison.IsRegression, comparison.RegressionReasons, comparison.VerdictWorsened, comparison.Before, comparison.After, comparison.Findings, comparison.Measurements, comparison.UnchangedFindings, comparison.UnchangedMeasurements });
            }
            else
            {
                ComparisonPrinter.Print(context.Output, comparison);
            }

            return Task.FromResult(parsed.GetValue(gate) && comparison.IsRegression ? ExitCodes.GateFailed : ExitCodes.Success);
        }));
        return command;
    }
}
