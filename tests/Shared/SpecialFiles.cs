using System.Diagnostics;

namespace ExplainableAI.Tests.Shared;

/// <summary>
/// Files that are not regular files, for the tests of the input gate: a FIFO (made with <c>mkfifo</c>, as .NET has no
/// API for it) and the endless character device <c>/dev/zero</c>. Linked into the test projects that need them.
/// </summary>
internal static class SpecialFiles
{
    /// <summary>An endless stream of zero bytes.</summary>
    public const string Zero = "/dev/zero";

    /// <summary>Why a case that needs a FIFO or <c>/dev/zero</c> cannot run here, or null when it can.</summary>
    public static string? SkipReason => OperatingSystem.IsWindows() ? "FIFOs and /dev/zero exist on Unix only" : null;

    /// <summary>Makes a FIFO (named pipe) at <paramref name="path"/>; nothing ever writes to it, so opening it for reading blocks.</summary>
    public static string Fifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed: {mkfifo.StandardError.ReadToEnd()}");
        }

        return path;
    }

    /// <summary>Runs <paramref name="action"/> and fails instead of hanging when it does not finish in time (a FIFO open blocks forever).</summary>
    public static TResult Within<TResult>(Func<TResult> action, int seconds = 20)
    {
        var run = Task.Run(action);
        return run.Wait(TimeSpan.FromSeconds(seconds)) ? run.GetAwaiter().GetResult() : throw new TimeoutException($"still running after {seconds} s: it hangs");
    }
}

/// <summary>A fact that needs Unix special files (FIFOs, <c>/dev/zero</c>): skipped on Windows.</summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute() => Skip = SpecialFiles.SkipReason!;
}
