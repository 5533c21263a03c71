using System.Diagnostics;

namespace ExplainableAI.Cli.Tests;

/// <summary>Ctrl+C (SIGINT) during an audit stops the real process cleanly: exit 130 and no report files, not even partial ones.</summary>
public sealed class CancellationTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [SkippableFact]
    public async Task Sigint_during_the_audit_exits_130_and_writes_no_report()
    {
        Skip.If(OperatingSystem.IsWindows(), "SIGINT is sent with kill(1)");
        var xai = Path.Combine(AppContext.BaseDirectory, "xai.dll");
        var start = new ProcessStartInfo("dotnet", [xai, "demo", "--out", temp.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();

        // Wait until the audit itself is running (the first progress line), then interrupt it.
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("[1/", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var rest = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}\n{rest}\n{await stderr}");
        Assert.Contains("cancelled: no report was written", await stderr, StringComparison.Ordinal);
        var report = Path.Combine(temp.Path, "report");
        Assert.False(Directory.Exists(report) && Directory.EnumerateFileSystemEntries(report).Any(), "a report file was written");
    }
}
