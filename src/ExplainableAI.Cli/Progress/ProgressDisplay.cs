using ExplainableAI.Core;
using Spectre.Console;

namespace ExplainableAI.Cli;

/// <summary>Chooses the progress display: live bars in an interactive terminal, plain lines when output is redirected or <c>CI</c> is set.</summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(TextWriter output, Func<IAuditProgress, Task<T>> work)
    {
        var interactive = ReferenceEquals(output, Console.Out)
            && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        if (!interactive)
        {
            return await work(new PlainProgress(output)).ConfigureAwait(false);
        }

        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context => work(new LiveProgress(context)))
            .ConfigureAwait(false);
    }
}
