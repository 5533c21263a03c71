using System.Diagnostics;
using ExplainableAI.Core;
using ExplainableAI.Reporting;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// The registry with real processes: several CLI processes writing one registry at once, and a process killed (SIGKILL)
/// in the middle of its writes. Afterwards the file passes <c>xai registry check</c>: SQLite's integrity check, and
/// every run's measurements and findings all stored.
/// </summary>
public sealed class RegistryProcessTests : IDisposable
{
    private const int Measurements = 20_000;

    private const int Copies = 100;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Concurrent_processes_record_every_run_into_one_registry()
    {
        var report = WriteReport(measurements: 500);
        var registry = temp.Combine("registry.db");
        const int processes = 4, runsEach = 5;

        var runs = Enumerable.Range(0, processes).Select(_ => Start(["registry", "add", .. Enumerable.Repeat(report, runsEach), "--registry", registry])).ToList();
        foreach (var process in runs)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{await stdout}\n{await stderr}");
            process.Dispose();
        }

        var check = await CliRun.RunAsync("registry", "check", "--registry", registry);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains($"ok ({processes * runsEach} runs)", check.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_process_killed_while_writing_leaves_only_whole_runs()
    {
        Skip.If(OperatingSystem.IsWindows(), "SIGKILL is sent with Process.Kill on Unix");
        var report = WriteReport(Measurements);
        var registry = temp.Combine("registry.db");
        var random = new Random(20261125);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var process = Start(["registry", "add", .. Enumerable.Repeat(report, Copies), "--registry", registry]);
            var stderr = process.StandardError.ReadToEndAsync();

            // Wait until the writer has committed a run of this attempt (read from the registry itself: the child's stdout
            // may reach us late), then kill it at a random moment of the following writes.
            var before = RunCount(registry);
            while (RunCount(registry) <= before && !process.HasExited)
            {
                await Task.Delay(10);
            }

            await Task.Delay(random.Next(0, 50));
            Assert.False(process.HasExited, process.HasExited ? $"the writer finished before it could be killed: exit {process.ExitCode}\n{await stderr}" : null);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            var recorded = RunCount(registry) - before;
            Assert.InRange(recorded, 1, Copies - 1); // killed after its first run and before its last
        }

        var check = await CliRun.RunAsync("registry", "check", "--registry", registry);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Matches(@"ok \(\d+ runs\)", check.Output);
    }

    /// <summary>Committed runs, read as another process would; 0 while the file is not a registry yet.</summary>
    private static int RunCount(string registry)
    {
        try
        {
            return File.Exists(registry) ? Registry.AuditRegistry.OpenExisting(registry).History().Count : 0;
        }
        catch (InvalidAuditInputException)
        {
            return 0;
        }
    }

    private static Process Start(string[] args)
    {
        var xai = Path.Combine(AppContext.BaseDirectory, "xai.dll");
        return Process.Start(new ProcessStartInfo("dotnet", [xai, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
    }

    private string WriteReport(int measurements)
    {
        var report = new AuditReport(
            AuditReport.CurrentSchemaVersion,
            new ToolInfo("ExplainableAI", "0.1.0"),
            new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero),
            1,
            [],
            null,
            new RegistrationRecord(new RegistrationInfo("m", "1", "test", "y", "1", [], 0.5, "score"), new RegulatoryFacts(), null),
            [new DatasetRecord("evaluation", "d.csv", "/d.csv", new string('b', 64), 10, 2, 0)],
            new ConfigurationRecord(new Dictionary<string, Severity>(), new Dictionary<string, IReadOnlyDictionary<string, RuleOptionValue>>(), [], Severity.Error, 60),
            [],
            [],
            [new Finding("XAI6001", CheckFamily.DataQuality, Severity.Warning, "missing", FindingLocation.ForColumn("x"), Evidence.None, "MissingValuesCheck")],
            [.. Enumerable.Range(0, measurements).Select(i => new Measurement("Check", "m", i, i - 1.0, i + 1.0, $"s{i}"))],
            new AuditSummary(0, 1, 0, 0, 1, 0, 0));
        var path = temp.Combine("report.json");
        File.WriteAllText(path, AuditReportJson.Serialize(report));
        return path;
    }
}
