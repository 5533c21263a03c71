using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ExplainableAI.Registry;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// The output set with real processes: a real audit killed (SIGKILL) at random moments of its last steps, and a write the
/// file system refuses (RLIMIT_FSIZE). Afterwards the folder holds one whole set, the old or the new, with nothing of
/// the other beside it; the registry records only sets that reached the folder.
/// </summary>
public sealed partial class OutputSetProcessTests : IDisposable
{
    private const string Csv = "age,sex,lactate,sepsis\n70,F,2.1,true\n55,M,1.0,false\n61,F,4.2,true\n48,M,0.9,false\n66,M,3.3,true\n52,F,1.2,false\n71,M,2.8,true\n45,F,0.8,false\n";

    private static readonly string[] SetNames = ["annex-iv.md", "report.html", "report.json", "report.json.sha256", "report.sarif"];

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Output => temp.Combine("report");

    private string RegistryPath => temp.Combine("registry.db");

    [SkippableFact]
    public async Task A_real_audit_killed_at_random_moments_leaves_the_old_set_or_the_new_one_whole()
    {
        Skip.If(OperatingSystem.IsWindows(), "SIGKILL is sent with Process.Kill on Unix");
        string[] audit = ["audit", "--data", temp.File("d.csv", Csv), "--label", "sepsis", "--sensitive", "sex", "--out", Output, "--registry", RegistryPath];

        // A whole first set, and how long the run takes from its last check's start to its exit: the kills land in that
        // window, which holds the rendering, the staging, the swap and the registry commit.
        var window = await RunAsync(audit, killAfter: null);
        var committed = new HashSet<string>(StringComparer.Ordinal) { AssertOneWholeSet() };
        var random = new Random(20261205);
        for (var attempt = 0; attempt < 8; attempt++)
        {
            await RunAsync(audit, killAfter: window * random.NextDouble() * 1.2);
            committed.Add(AssertOneWholeSet());
        }

        await RunAsync(audit, killAfter: null);
        committed.Add(AssertOneWholeSet());

        // What killed runs left beside the folder (staging folders, retired sets) was removed by the last, whole run.
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path, ".report.xai-*"));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
        var recorded = AuditRegistry.OpenExisting(RegistryPath).History().Select(r => r.ReportSha256).ToList();
        Assert.All(recorded, sha => Assert.Contains(sha, committed));
    }

    [SkippableFact]
    public async Task A_write_the_file_system_refuses_exits_4_naming_the_file_and_keeps_the_old_set()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/bin/bash"), "the file-size limit is set with bash's ulimit on Linux");
        string[] audit = ["audit", "--data", temp.File("d.csv", Csv), "--label", "sepsis", "--out", Output, "--registry", RegistryPath];
        await RunAsync(audit, killAfter: null);
        var before = AssertOneWholeSet();
        var runs = AuditRegistry.OpenExisting(RegistryPath).History().Count;

        // RLIMIT_FSIZE makes every write past 64 KiB fail with EFBIG, as a full disk fails with ENOSPC, without root or a
        // tiny file system. SIGXFSZ is ignored (the runtime inherits that), so the write fails instead of killing the
        // process; the runtime's W^X double mapping needs a large memfd, so it is switched off for this child.
        var xai = Path.Combine(AppContext.BaseDirectory, "xai.dll");
        var script = $"trap '' XFSZ; ulimit -f 64; exec dotnet {Quote(xai)} {string.Join(' ', audit.Select(Quote))}";
        var start = new ProcessStartInfo("/bin/bash", ["-c", script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 4, $"exit {process.ExitCode}\n{await stdout}\n{stderr}");
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: cannot write '{Path.Combine(Output, "report.json")}': ", line, StringComparison.Ordinal);
        Assert.EndsWith("; nothing was written", line, StringComparison.Ordinal);
        Assert.Equal(before, AssertOneWholeSet());
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path, ".report.xai-*"));
        Assert.Equal(runs, AuditRegistry.OpenExisting(RegistryPath).History().Count);
    }

    /// <summary>
    /// Runs xai; with <paramref name="killAfter"/>, sends SIGKILL that long after the last check started (if it has not
    /// exited by then). Returns the time from the last check's start to the exit.
    /// </summary>
    private static async Task<TimeSpan> RunAsync(string[] args, TimeSpan? killAfter)
    {
        var xai = Path.Combine(AppContext.BaseDirectory, "xai.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [xai, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = new StringBuilder();
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync()) is not null)
        {
            output.AppendLine(line);
            if (LastCheckStarted().Match(line) is { Success: true } m && m.Groups[1].Value == m.Groups[2].Value)
            {
                break;
            }
        }

        var lastCheck = Stopwatch.StartNew();
        var rest = process.StandardOutput.ReadToEndAsync();
        if (killAfter is { } delay && !process.WaitForExit(delay))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return lastCheck.Elapsed;
        }

        await process.WaitForExitAsync();
        var elapsed = lastCheck.Elapsed;
        Assert.True(process.ExitCode is 0 or 1, $"exit {process.ExitCode}\n{output}{await rest}\n{await stderr}");
        return elapsed;
    }

    /// <summary>Asserts that the folder holds exactly one whole set whose files all belong together; returns its JSON's SHA-256.</summary>
    private string AssertOneWholeSet()
    {
        Assert.True(Directory.Exists(Output), "the report folder is missing");
        Assert.Equal(SetNames, Directory.GetFileSystemEntries(Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var json = File.ReadAllBytes(Path.Combine(Output, "report.json"));
        var sha = Convert.ToHexStringLower(SHA256.HashData(json));
        Assert.Equal($"{sha}  report.json\n", File.ReadAllText(Path.Combine(Output, "report.json.sha256")));
        Assert.Contains(sha, File.ReadAllText(Path.Combine(Output, "annex-iv.md")), StringComparison.Ordinal);

        // The HTML and SARIF carry the report's timestamp (to the second, and to the millisecond): they were rendered from this JSON.
        using var report = System.Text.Json.JsonDocument.Parse(json);
        var generated = report.RootElement.GetProperty("generatedAt").GetDateTimeOffset().ToUniversalTime();
        Assert.Contains(generated.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(Output, "report.html")), StringComparison.Ordinal);
        Assert.Contains(generated.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(Output, "report.sarif")), StringComparison.Ordinal);
        return sha;
    }

    private static string Quote(string text) => $"'{text.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    [GeneratedRegex(@"^\[(\d+)/(\d+)\]")]
    private static partial Regex LastCheckStarted();
}
