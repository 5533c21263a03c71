using System.Diagnostics;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// One run of an outside command (dotnet, bash) as a plugin author would type it, with everything it printed, so a
/// failing step shows its own output in the test's failure message.
/// </summary>
internal sealed record ExternalCommand(string CommandLine, int ExitCode, string Output, string Error)
{
    /// <summary>Runs a command to its end, or kills it (and its children) after <paramref name="timeout"/>.</summary>
    public static async Task<ExternalCommand> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var commandLine = $"(cd {workingDirectory} && {fileName} {string.Join(' ', arguments)})";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {commandLine}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new ExternalCommand(commandLine, -1, await output, $"{await error}\n(killed after {timeout.TotalSeconds:0} s)");
        }

        return new ExternalCommand(commandLine, process.ExitCode, await output, await error);
    }

    /// <summary>Fails with the command and all it printed unless it exited with 0.</summary>
    public ExternalCommand EnsureSuccess()
    {
        Assert.True(ExitCode == 0, ToString());
        return this;
    }

    public override string ToString() => $"{CommandLine}\nexit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
