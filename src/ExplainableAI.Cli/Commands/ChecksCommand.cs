using System.CommandLine;
using ExplainableAI.Core;
using Microsoft.Extensions.DependencyInjection;

namespace ExplainableAI.Cli;

/// <summary><c>xai checks</c>: lists the rules of every loaded check, and plugins that failed to load.</summary>
internal static class ChecksCommand
{
    public static Command Create(CommandContext context)
    {
        var plugins = CommonOptions.Plugins();
        var command = new Command("checks", "List the loaded rules: ID, title, family, default severity, plugin and requirement IDs.");
        command.Options.Add(plugins);
        command.SetAction((parsed, ct) => CliApplication.GuardAsync(context, parsed, () =>
        {
            using var host = CliServices.Build(parsed.GetValue(context.Verbose), context.Output);
            var set = host.Services.GetRequiredService<PluginLoader>().Load(PluginLoader.SearchDirectories(parsed.GetValue(plugins) ?? []));
            var rows = HostRules.All.Select(r => (Rule: r, Plugin: "host"))
                .Concat(set.Checks.SelectMany(c => c.Check.Rules.Select(r => (Rule: r, c.Plugin))))
                .OrderBy(x => x.Rule.Id, StringComparer.Ordinal)
                .Select(x => new[] { x.Rule.Id, x.Rule.Title, x.Rule.Family.ToString(), x.Rule.DefaultSeverity.ToString().ToLowerInvariant(), x.Plugin, string.Join(" ", x.Rule.Requirements) })
                .ToList();
            TextTable.Write(context.Output, ["ID", "Title", "Family", "Severity", "Plugin", "Requirements"], rows);
            foreach (var failure in set.Failures)
            {
                context.Error.WriteLine($"warning: plugin {failure.Path} failed to load: {failure.Error}");
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
