using System.CommandLine;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>
/// The command line: builds the commands, parses, and turns every failure into one line on stderr and an exit code.
/// Kept separate from <see cref="Program"/> so tests can run it in-process with their own writers.
/// </summary>
public static class CliApplication
{
    /// <summary>Runs <c>xai</c> with these arguments.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Normal output (stdout).</param>
    /// <param name="error">Errors (stderr).</param>
    /// <param name="cancellationToken">Cancels the command (Ctrl+C).</param>
    /// <returns>The exit code: 0 ok, 1 gate failed, 2 bad input, 3 internal error, 4 environment error (a write refused), 130 cancelled.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print the full exception and debug logs on failure.", Recursive = true };
        var context = new CommandContext(output, error, verbose);
        var root = new RootCommand("ExplainableAI: audit a registered medical AI model and write the evidence a reviewer needs (HTML, JSON, SARIF).");
        root.Options.Add(verbose);
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(PredictCommand.Create(context));
        root.Subcommands.Add(ExplainCommand.Create(context));
        root.Subcommands.Add(ChecksCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(HistoryCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(RegistryCommand.Create(context));
        root.Subcommands.Add(PluginWorkerCommand.Create());

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await error.WriteLineAsync($"error: {ParseError(root, parsed)} (see 'xai --help')").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a command body with the tool's error policy.</summary>
    internal static async Task<int> GuardAsync(CommandContext context, ParseResult parsed, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (InvalidAuditInputException ex)
        {
            await context.Error.WriteLineAsync($"error: {OneLine(ex.Message)}").ConfigureAwait(false);
            if (parsed.GetValue(context.Verbose))
            {
                await context.Error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }
        catch (Core.FileSystemRefusedException ex)
        {
            await context.Error.WriteLineAsync($"error: cannot write '{ex.Path}': {OneLine(ex.Reason)}; nothing was written").ConfigureAwait(false);
            if (parsed.GetValue(context.Verbose))
            {
                await context.Error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.EnvironmentError;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("cancelled: no report was written").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await context.Error.WriteLineAsync($"internal error: {OneLine(ex.Message)} (run with --verbose for details)").ConfigureAwait(false);
            if (parsed.GetValue(context.Verbose))
            {
                await context.Error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.InternalError;
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    /// <summary>
    /// The first parse error, except that a word where a command belongs is named with the list of commands: the
    /// parser's own first complaint ("Required command was not provided") hides the typo.
    /// </summary>
    private static string ParseError(RootCommand root, ParseResult parsed)
    {
        if (parsed.CommandResult.Command == root && parsed.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-')) is { } word)
        {
            return $"unknown command '{word}'; the commands are: {string.Join(", ", root.Subcommands.Select(c => c.Name))}";
        }

        if (parsed.CommandResult.Command is { Subcommands.Count: > 0 } group && parsed.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-')) is { } sub)
        {
            return $"unknown command '{group.Name} {sub}'; its commands are: {string.Join(", ", group.Subcommands.Select(c => c.Name))}";
        }

        return parsed.Errors[0].Message;
    }
}
