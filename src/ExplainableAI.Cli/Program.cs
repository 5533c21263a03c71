namespace ExplainableAI.Cli;

/// <summary>The <c>xai</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the command line; Ctrl+C cancels the running command, which then writes nothing.</summary>
    /// <param name="args">Arguments.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // Let the command stop cleanly (and write nothing) instead of the runtime killing the process.
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return await CliApplication.RunAsync(args, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
    }
}
