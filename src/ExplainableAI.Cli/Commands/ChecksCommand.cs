using System.CommandLine;
using ExplainableAI.Core;

namespace ExplainableAI.Cli;

/// <summary><c>xai checks</c>: lists the rules of every loaded check, and plugins that failed to load.</summary>
internal static class ChecksCommand
{
    public static Command Create(CommandContext context)
    {
        var plugins = CommonOptions.Plugins();
        var options = new Option<bool>("--options") { Description = "List each rule's options instead: name, the value it expects, and its default, as checks.options in a manifest sets them." };
        var isolation = PluginIsolationSettings.IsolationOption();
        var command = new Command("checks", "List the loaded rules: ID, title, family, default severity, plugin and requirement IDs.");
        command.Options.Add(plugins);
        command.Options.Add(options);
        command.Options.Add(isolation);
        command.SetAction((parsed, ct) => CliApplication.GuardAsync(context, parsed, async () =>
        {
            // Listing runs a plugin's descriptors, which are its code: isolated like an audit's, for as long as a load takes.
            var settings = PluginIsolationSettings.Parse(parsed.GetValue(isolation), memoryLimit: null);
            await using var session = new PluginProcessSession(settings.For(seed: 0, CheckConfiguration.Default.CheckTimeout));
            var set = session.Load(PluginLoader.SearchDirectories(parsed.GetValue(plugins) ?? []), ct);
            var rules = HostRules.All.Select(r => (Rule: r, Plugin: "host"))
                .Concat(set.Checks.SelectMany(c => c.Check.Rules.Select(r => (Rule: r, c.Plugin))))
                .OrderBy(x => x.Rule.Id, StringComparer.Ordinal)
                .ToList();
            if (parsed.GetValue(options))
            {
                var optionRows = rules
                    .SelectMany(x => x.Rule.Options.Select(o => new[] { x.Rule.Id, o.Name, o.Expected, o.Default.ToString() }))
                    .ToList();
                TextTable.Write(context.Output, ["ID", "Option", "Expects", "Default"], optionRows);
            }
            else
            {
                var rows = rules
                    .Select(x => new[] { x.Rule.Id, x.Rule.Title, x.Rule.Family.ToString(), x.Rule.DefaultSeverity.ToString().ToLowerInvariant(), x.Plugin, string.Join(" ", x.Rule.Requirements) })
                    .ToList();
                TextTable.Write(context.Output, ["ID", "Title", "Family", "Severity", "Plugin", "Requirements"], rows);
            }

            foreach (var failure in set.Failures)
            {
                context.Error.WriteLine($"warning: plugin {failure.Path} failed to load: {failure.Error}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
