using System.Diagnostics;
using System.Text.Json;

namespace ExplainableAI.Cli.Tests.Hostile;

/// <summary>
/// Runs every case of the hostile-input corpus and checks the outcome it must have, plus what holds for every case:
/// no stack trace, no crash exit (134 and friends), no exit 0 without a report, no file at all after a bad input, and no
/// hang (a case that takes longer than <see cref="Timeout"/> fails).
/// </summary>
public sealed class HostileCorpusTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private static readonly Lazy<IReadOnlyDictionary<string, HostileCase>> Corpus = new(Load);

    public static TheoryData<string> CaseNames => new(Corpus.Value.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void The_corpus_holds_at_least_60_cases() =>
        Assert.True(Corpus.Value.Count >= 60, $"the hostile corpus has {Corpus.Value.Count} cases; the issue asks for at least 60");

    [SkippableTheory]
    [MemberData(nameof(CaseNames))]
    public async Task Hostile_input_has_its_outcome(string name)
    {
        var hostile = Corpus.Value[name];
        Skip.If(hostile.SkipReason is not null, hostile.SkipReason);
        using var temp = new TempFolder();
        var folder = new HostileFolder(temp.Path);
        var args = hostile.Arrange(folder);

        var run = hostile.InChildProcess ? await RunChildAsync(args) : await RunInProcessAsync(args);

        var expected = hostile.Expected;
        Assert.True(run.ExitCode == expected.ExitCode, $"{name}: expected exit {expected.ExitCode}\n{run}");
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        if (expected.ErrorContains is { } error)
        {
            Assert.True(run.Error.Contains(error, StringComparison.Ordinal), $"{name}: stderr does not contain '{error}'\n{run}");
        }

        var written = Directory.Exists(folder.Out) ? Directory.GetFiles(folder.Out, "*", SearchOption.AllDirectories) : [];
        if (!expected.ReportWritten)
        {
            Assert.True(written.Length == 0, $"{name}: no file may be written, found {string.Join(", ", written)}\n{run}");
            if (expected.ExitCode == 2)
            {
                var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                Assert.StartsWith("error: ", line, StringComparison.Ordinal);
            }

            return;
        }

        var json = Path.Combine(folder.Out, "report.json");
        Assert.True(File.Exists(json), $"{name}: report.json was not written\n{run}");
        Assert.True(File.Exists(Path.Combine(folder.Out, "report.html")), $"{name}: report.html was not written\n{run}");
        var text = await File.ReadAllTextAsync(json);
        using var report = JsonDocument.Parse(text); // a complete, well-formed report
        foreach (var rule in expected.RuleIds)
        {
            Assert.True(text.Contains($"\"{rule}\"", StringComparison.Ordinal), $"{name}: report.json has no {rule} finding\n{run}");
        }

        if (expected.ReportContains is { } contained)
        {
            Assert.True(text.Contains(contained, StringComparison.Ordinal), $"{name}: report.json does not contain '{contained}'");
        }

        expected.Verify?.Invoke(folder.Out);
    }

    private static async Task<CliRun> RunInProcessAsync(string[] args)
    {
        var run = CliRun.RunAsync(args);
        var finished = await Task.WhenAny(run, Task.Delay(Timeout));
        Assert.True(finished == run, $"hung for more than {Timeout.TotalSeconds} s: xai {string.Join(' ', args)}");
        return await run;
    }

    private static async Task<CliRun> RunChildAsync(string[] args)
    {
        var xai = Path.Combine(AppContext.BaseDirectory, "xai.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [xai, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"hung for more than {Timeout.TotalSeconds} s: xai {string.Join(' ', args)}");
        }

        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    private static IReadOnlyDictionary<string, HostileCase> Load()
    {
        var groups = typeof(HostileCorpusTests).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IHostileCorpus).IsAssignableFrom(t))
            .Select(t => (IHostileCorpus)Activator.CreateInstance(t, nonPublic: true)!);
        var cases = new Dictionary<string, HostileCase>(StringComparer.Ordinal);
        foreach (var hostile in groups.SelectMany(g => g.Cases))
        {
            if (!cases.TryAdd(hostile.Name, hostile))
            {
                throw new InvalidOperationException($"two hostile cases are named '{hostile.Name}'");
            }
        }

        return cases;
    }
}
