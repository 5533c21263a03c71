using System.CommandLine;
using ExplainableAI.Core;
using ExplainableAI.Registry;
using ExplainableAI.Reporting;

namespace ExplainableAI.Cli;

/// <summary><c>xai registry add|check|path</c>: record existing reports, check the registry file, show where it is.</summary>
internal static class RegistryCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("registry", "Work with the run registry (an SQLite file; see --registry).");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(Check(context));
        command.Subcommands.Add(Where(context));
        return command;
    }

    private static Command Add(CommandContext context)
    {
        var reports = new Argument<string[]>("reports") { Description = "report.json files (or their folders) to record, each as one run.", Arity = ArgumentArity.OneOrMore };
        var registry = RegistryOptions.Registry();
        var command = new Command("add", "Record existing report.json files in the registry, for example reports from CI or from before the registry was used.");
        command.Arguments.Add(reports);
        command.Options.Add(registry);
        command.SetAction((parsed, ct) => CliApplication.GuardAsync(context, parsed, () =>
        {
            var target = RegistryOptions.Resolve(context, parsed, registry);
            var opened = AuditRegistry.OpenOrCreate(target.Path);
            var time = TimeProvider.System;

            // Read every report first: a bad one records nothing.
            var runs = parsed.GetValue(reports)!.Select(text =>
            {
                var path = Path.GetFullPath(Directory.Exists(text) ? Path.Combine(text, "report.json") : text);
                var report = AuditReportJson.Read(path);
                return (Report: report, Path: path, Sha: Sha256Hex.OfFile(path));
            }).ToList();
            foreach (var (report, path, sha) in runs)
            {
                var run = opened.Record(RecordedRun.FromReport(report, path, sha, time.GetUtcNow()), ct);
                context.Output.WriteLine($"Registry: run {run.Id} recorded in {opened.Path} ({path})");
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static Command Check(CommandContext context)
    {
        var registry = RegistryOptions.Registry();
        var command = new Command("check", "Check the registry file: SQLite's integrity check, and that every run's measurements and findings are all stored. Exit 1 on a problem.");
        command.Options.Add(registry);
        command.SetAction((parsed, ct) => CliApplication.GuardAsync(context, parsed, () =>
        {
            var target = RegistryOptions.Resolve(context, parsed, registry);
            var opened = AuditRegistry.OpenExisting(target.Path);
            var problems = opened.CheckIntegrity();
            foreach (var problem in problems)
            {
                context.Error.WriteLine($"problem: {problem}");
            }

            context.Output.WriteLine(problems.Count == 0 ? $"Registry {opened.Path}: ok ({opened.History(cancellationToken: ct).Count} runs)" : $"Registry {opened.Path}: {problems.Count} problems");
            return Task.FromResult(problems.Count == 0 ? ExitCodes.Success : ExitCodes.GateFailed);
        }));
        return command;
    }

    private static Command Where(CommandContext context)
    {
        var registry = RegistryOptions.Registry();
        var command = new Command("path", "Print the registry file the commands use (--registry, else XAI_REGISTRY, else the default).");
        command.Options.Add(registry);
        command.SetAction((parsed, ct) => CliApplication.GuardAsync(context, parsed, () =>
        {
            context.Output.WriteLine(RegistryOptions.Resolve(context, parsed, registry).Path);
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
