using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExplainableAI.Cli.Tests.Hostile;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// Process isolation of plugins (#15): an isolated plugin gives the report it gives in process, byte for byte apart from
/// the timestamp and durations; a check that calls the model works isolated; cancelling or killing the host leaves no
/// plugin process behind.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class PluginIsolationTests(DemoArtifactsFixture demo, SamplePluginFixture sample) : IDisposable, IClassFixture<SamplePluginFixture>
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Every_plugin_isolated_gives_the_same_report_json_as_in_process()
    {
        // --isolation process puts the built-in plugins in processes too: every check of the demo's audit, with the model
        // (predictions and model calls answered by the host), the reference data and the third-party sample plugin.
        var isolated = await AuditAsync("isolated", "process");
        var inProcess = await AuditAsync("in-process", "none");

        Assert.Equal(inProcess, isolated);
        Assert.Contains("CTS1001", isolated, StringComparison.Ordinal);
        Assert.Contains("\"XAI2005\"", isolated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_calling_the_model_works_isolated_and_gets_the_scores_it_gets_in_process()
    {
        var isolated = await MeanScoreAsync("isolated", "process");
        var inProcess = await MeanScoreAsync("in-process", "none");

        Assert.Equal(inProcess, isolated);
        Assert.InRange(isolated, 0, 1);
    }

    [Fact]
    public async Task Checks_lists_an_isolated_plugins_rules()
    {
        var run = await CliRun.RunAsync("checks", "--plugins", sample.Folder, "--isolation", "process");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.Output.Split('\n'), l => l.StartsWith("CTS1001", StringComparison.Ordinal) && l.Contains("Contoso.Xai.CohortSize", StringComparison.Ordinal));
        Assert.Contains(run.Output.Split('\n'), l => l.StartsWith("XAI6005", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_isolation_mode_is_bad_input()
    {
        var run = await CliRun.RunAsync("audit", "--data", demo.Artifacts.CurrentPath, "--isolation", "thread", "--out", temp.Combine("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--isolation must be 'process' or 'none'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_memory_limit_below_64_MiB_is_bad_input()
    {
        var run = await CliRun.RunAsync("audit", "--data", demo.Artifacts.CurrentPath, "--plugin-memory-limit", "10MiB", "--out", temp.Combine("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--plugin-memory-limit must be a size of at least 64MiB", run.Error, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("INT", 130)]
    [InlineData("KILL", 137)]
    public async Task Ending_the_host_ends_its_plugin_processes(string signal, int exitCode)
    {
        Skip.If(OperatingSystem.IsWindows(), "signals are sent with kill(1) and processes found in /proc");

        // A private copy of the spinning plugin: its path tells this test's plugin process from any other test's.
        var plugin = temp.Combine("spin-" + signal);
        Directory.CreateDirectory(plugin);
        foreach (var file in Directory.GetFiles(HostilePlugins.Folder("Spin")))
        {
            File.Copy(file, Path.Combine(plugin, Path.GetFileName(file)));
        }

        var data = temp.Combine("d.csv");
        File.WriteAllText(data, "age,sex,sepsis\n70,F,true\n55,M,false\n61,F,true\n48,M,false\n");
        var xai = Path.Combine(AppContext.BaseDirectory, "xai.dll");
        using var host = Process.Start(new ProcessStartInfo("dotnet", [xai, "audit", "--data", data, "--label", "sepsis", "--plugins", plugin, "--out", temp.Combine("out-" + signal)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = host.StandardOutput.ReadToEndAsync();
        var stderr = host.StandardError.ReadToEndAsync();

        // The spinning check is running once its process exists and the host has started it.
        await WaitUntilAsync(() => Workers(plugin).Count > 0, TimeSpan.FromSeconds(60), "no plugin process started");
        await Task.Delay(TimeSpan.FromSeconds(2));
        using (var kill = Process.Start("kill", [$"-{signal}", host.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await host.WaitForExitAsync();
        Assert.True(host.ExitCode == exitCode, $"exit {host.ExitCode}\n{await stdout}\n{await stderr}");
        await WaitUntilAsync(() => Workers(plugin).Count == 0, TimeSpan.FromSeconds(15), $"plugin processes outlived the host: {string.Join(", ", Workers(plugin))}");
    }

    private async Task<string> AuditAsync(string name, string isolation)
    {
        var output = temp.Combine(name);
        var run = await CliRun.RunAsync(
            "audit", "--model", demo.Artifacts.Model.Path, "--data", demo.Artifacts.CurrentPath, "--reference", demo.Artifacts.ReferencePath,
            "--label", "sepsis", "--sensitive", "sex,age", "--plugins", sample.Folder, "--isolation", isolation, "--out", output, "--no-registry");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.False(File.Exists(Path.Combine(output, "plugins.log")), "a plugin wrote to its console");

        // The clock's fields differ run to run; everything else must not.
        var report = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")))!.AsObject();
        report.Remove("generatedAt");
        foreach (var check in report["checks"]!.AsArray())
        {
            check!.AsObject().Remove("durationMs");
        }

        return report.ToJsonString();
    }

    private async Task<double> MeanScoreAsync(string name, string isolation)
    {
        var output = temp.Combine(name);
        var run = await CliRun.RunAsync(
            "audit", "--model", demo.Artifacts.Model.Path, "--data", demo.Artifacts.CurrentPath, "--label", "sepsis",
            "--plugins", HostilePlugins.Folder("ModelCaller"), "--isolation", isolation, "--out", output, "--no-registry", "--fail-on", "none");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        var measurement = Assert.Single(report.RootElement.GetProperty("measurements").EnumerateArray(), m => m.GetProperty("name").GetString() == "mean_score");
        return measurement.GetProperty("value").GetDouble();
    }

    // Plugin processes serving a plugin from this folder, by their command line.
    private static List<int> Workers(string pluginFolder)
    {
        var found = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(entry, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains("plugin-worker", StringComparison.Ordinal) && commandLine.Contains(pluginFolder, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while it was read.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return found;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit, string failure)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < limit, failure);
            await Task.Delay(100);
        }
    }
}
