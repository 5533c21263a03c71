using System.Text.Json;
using ExplainableAI.Demo.Scenario;

namespace ExplainableAI.Cli.Tests.Hostile;

/// <summary>
/// Hostile labels, plugins and values for the engine (#12): a label a binary audit cannot use is bad input; a plugin that
/// ends the process, runs out of memory or recurses without end never costs the report (or ends with exit 0); a value
/// that reorders text or is huge cannot spoof or swell the report.
/// </summary>
internal sealed class EngineCases : IHostileCorpus
{
    // No feature separates the label (HostileFolder.GoodCsv's do, an error of its own): the exit code shows the case alone.
    private const string Unremarkable = "age,sex,lactate,sepsis\n70,F,2.1,true\n55,M,1.0,true\n61,F,4.2,false\n48,M,0.9,false\n66,M,3.3,true\n52,F,1.2,false\n";

    // The demo's model, trained once for the run: a real binary model for the label cases.
    private static readonly Lazy<DemoArtifacts> Demo = new(() => new DemoScenario().Create(Directory.CreateTempSubdirectory("xai-hostile-demo-").FullName));

    private static readonly string Rlo = "\u202E";

    private static readonly string Huge = new('v', 2 * 1024 * 1024);

    public IEnumerable<HostileCase> Cases =>
    [
        new("engine: 3-class label with a binary model", f => ModelAudit(f, row => (row % 3) switch { 0 => "none", 1 => "sepsis", _ => "septic shock" }), HostileOutcome.BadInput("has 3 classes, 'none'")),
        new("engine: one-class label with a binary model", f => ModelAudit(f, _ => "false"), HostileOutcome.BadInput("has one class, 'false'")),
        new("engine: label all missing with a binary model", f => ModelAudit(f, _ => string.Empty), HostileOutcome.BadInput("has no values")),
        new("engine: label yes/no/maybe with a score column", f => ScoreAudit(f, ["yes", "no", "maybe"]), HostileOutcome.BadInput("'maybe' (2 rows)")),
        new("engine: numeric 3-class label with a score column", f => ScoreAudit(f, ["0", "1", "2"]), HostileOutcome.BadInput("label column 'sepsis' has 3 classes")),
        new("engine: one-class label with a score column", f => ScoreAudit(f, ["true"]), HostileOutcome.BadInput("needs both classes")),
        new("engine: label values are named, most frequent first, at most five", f => ScoreAudit(f, ["a", "b", "c", "d", "e", "f"]), HostileOutcome.BadInput("… (1 more)")),
        new("engine: plugin calling Environment.Exit is refused at load", f => PluginAudit(f, "Exit"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0001"], ReportContains = "System.Environment.Exit in Hostile.Exit.ExitCheck.RunAsync" }) { InChildProcess = true },
        new("engine: plugin calling Environment.FailFast is refused at load", f => PluginAudit(f, "FailFast"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0001"], ReportContains = "System.Environment.FailFast" }) { InChildProcess = true },
        new("engine: plugin killing its own process is refused at load", f => PluginAudit(f, "Kill"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0001"], ReportContains = "Process.Kill on the current process" }) { InChildProcess = true },
        // In the host (--isolation none) the exit guard is the last defence: no report, but never exit 0.
        new("engine: in-process plugin calling Environment.Exit(0) through reflection never exits 0", f => PluginAudit(f, "ReflectionExit", "--isolation", "none"), new HostileOutcome(3, "a plugin ended the process during check ReflectionExitCheck; no report was written", ReportWritten: false)) { InChildProcess = true },
        new("engine: in-process plugin running out of memory becomes XAI0002", f => PluginAudit(f, "OutOfMemory", "--isolation", "none"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0002"], ReportContains = "OutOfMemoryException" }) { InChildProcess = true },
        new("engine: in-process plugin recursing until the stack guard trips becomes XAI0002", f => PluginAudit(f, "DeepRecursion", "--isolation", "none"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0002"], ReportContains = "InsufficientExecutionStackException" }) { InChildProcess = true },

        // Isolated (the default for a plugin outside the built-in folder): the plugin's process ends, the audit goes on.
        new("isolation: plugin calling Environment.Exit(0) through reflection becomes XAI0002 with a report", f => PluginAudit(f, "ReflectionExit"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0002"], ReportContains = "the plugin process ended with exit code 0 during check ReflectionExitCheck", Verify = SurvivorCompleted }) { InChildProcess = true },
        new("isolation: plugin running out of memory becomes XAI0002", f => PluginAudit(f, "OutOfMemory"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0002"], ReportContains = "OutOfMemoryException" }) { InChildProcess = true },
        new("isolation: plugin recursing until the stack guard trips becomes XAI0002", f => PluginAudit(f, "DeepRecursion"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0002"], ReportContains = "InsufficientExecutionStackException" }) { InChildProcess = true },
        new("isolation: plugin overflowing its stack becomes XAI0002", f => PluginAudit(f, "StackOverflow"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0002"], ReportContains = "the plugin process overflowed its stack during check StackOverflowCheck", Verify = SurvivorCompleted }) { InChildProcess = true },
        new("isolation: plugin allocating without bound stops at the memory limit as XAI0002", f => PluginAudit(f, "Hoard", "--plugin-memory-limit", "256MiB"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0002"], ReportContains = "256 MiB" }) { InChildProcess = true },
        new("isolation: plugin spinning forever is ended at the check timeout as XAI0003", SpinAudit, HostileOutcome.GateFailed() with { RuleIds = ["XAI0003"], ReportContains = "timed out after 3 s" }) { InChildProcess = true },
        new("isolation: plugin console output goes to plugins.log, not the host's", f => PluginAudit(f, "Chatty"), HostileOutcome.Passed() with { ReportContains = "\"consoleLog\": \"plugins.log\"", Verify = ConsoleCaptured }) { InChildProcess = true },
        new("engine: plugin that reports nothing is named (XAI0006)", f => PluginAudit(f, "Silent"), HostileOutcome.Passed() with { RuleIds = ["XAI0006"], ReportContains = "completed without a finding, a measurement or a reason to skip" }),
        new("engine: plugin that skips says why (XAI0004)", f => PluginAudit(f, "Skips"), HostileOutcome.Passed() with { ReportContains = "was skipped: the hostile plugin does not fit these data" }),
        new("engine: plugin exception of 2 MB with an override is cut and shown", f => PluginAudit(f, "HugeError"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0002"], Verify = o => { SmallAndMarked(o); MessageContains(o, "InvalidOperationException: <U+202E>xxx"); } }),
        new("engine: plugin declaring an XAI rule ID from outside the built-in folder is refused", f => PluginAudit(f, "ReservedId"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0001"], ReportContains = "declares rule XAI8990, but the XAI prefix is reserved for the built-in rules" }),
        new("engine: a plugin's own prefix in a family its digits do not name loads and reports (ACME2001, Fairness)", f => PluginAudit(f, "AcmeFairness"), HostileOutcome.Passed() with { RuleIds = ["ACME2001"], Verify = AcmeFairnessReported }),
        new("engine: malformed rule ID reaches the user as the descriptor's own message", f => PluginAudit(f, "MalformedId"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0001"], ReportContains = "Hostile.MalformedId.MalformedIdCheck: rule ID \\u0027acme-1\\u0027 must be 2 to 10 uppercase letters", Verify = o => Assert.DoesNotContain("type initializer", File.ReadAllText(Path.Combine(o, "report.json")), StringComparison.Ordinal) }),
        new("engine: duplicate rule ID fails only the later plugin and the audit goes on", f => PluginAudit(f, ["DuplicateFirst", "DuplicateSecond"]), HostileOutcome.GateFailed() with { RuleIds = ["XAI0001"], ReportContains = "rule ID HOSTILE7001 of its check DuplicateSecondCheck is already declared by plugin Hostile.DuplicateFirst (check DuplicateFirstCheck), loaded first", Verify = o => Assert.Equal(["DuplicateFirstCheck"], HostileRuns(o)) }),
        new("engine: one rule ID in two checks of a plugin fails that plugin", f => PluginAudit(f, "DuplicateWithin"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0001"], ReportContains = "rule ID HOSTILE7002 is declared twice in the plugin, by DuplicateWithinCheck1 and by DuplicateWithinCheck2", Verify = o => Assert.Empty(HostileRuns(o)) }),
        new("engine: plugin missing a dependency DLL fails at load naming it (XAI0001, not XAI0002)", f => PluginAudit(f, "MissingDependency"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0001"], ReportContains = "it needs Hostile.Dependency 1.2.3.0, which is neither in the plugin\\u0027s folder nor provided by the host", Verify = o => Assert.DoesNotContain("XAI0002", FindingIds(o)) }),
        new("engine: plugin built against a newer SDK is refused naming both versions", f => PluginAudit(f, "NewerSdk"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0001"], ReportContains = $"it was built against ExplainableAI.Sdk 2.0.0; this host provides {typeof(Sdk.AuditCheck).Assembly.GetName().Version!.ToString(3)}", Verify = o => Assert.Empty(HostileRuns(o)) }),
        new("engine: with --verbose a failed check keeps its own stack frames", f => PluginAudit(f, ["Throws"], "--verbose"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0002"], Verify = OwnFramesOnly }),
        new("engine: without --verbose a failed check keeps no stack trace", f => PluginAudit(f, "Throws"), HostileOutcome.GateFailed() with { RuleIds = ["XAI0002"], Verify = o => Assert.Null(Run(o, "ThrowsCheck").GetProperty("stackTrace").GetString()) }),
        new("engine: right-to-left override in a category value is isolated and shown", f => ConstantAudit(f, "site", $"Site A{Rlo}9.0 > 1.0"), HostileOutcome.Passed() with { Verify = RightToLeftShown }),
        // The largest value the CSV reader accepts (1 Mi characters; a 2 MB value is refused as bad input, see DataAndModelCases).
        new("engine: 1 MB category value is cut once", f => ConstantAudit(f, "site", new string('v', 1024 * 1024)), HostileOutcome.Passed() with { ReportContains = "… (1,048,576 characters)", Verify = SmallAndMarked }),
        new("engine: script in a column name and a category value is escaped", f => ConstantAudit(f, "<script>alert(1)</script>", "<img src=x onerror=alert(2)>"), HostileOutcome.Passed() with { Verify = Escaped }),
    ];

    private static string[] ModelAudit(HostileFolder f, Func<int, string> label)
    {
        var demo = Demo.Value;
        var lines = File.ReadAllLines(demo.CurrentPath);
        var column = Array.IndexOf(lines[0].Split(','), "sepsis");
        var rewritten = lines.Select((line, i) => i == 0 ? line : Replace(line, column, label(i - 1)));
        var data = f.File("current.csv", string.Join('\n', rewritten) + "\n");
        return ["audit", "--model", demo.Model.Path, "--data", data, "--label", "sepsis", "--out", f.Out];

        static string Replace(string line, int column, string value)
        {
            var cells = line.Split(',');
            cells[column] = value;
            return string.Join(',', cells);
        }
    }

    // A score column and a label cycling through the given values, two rows each at least.
    private static string[] ScoreAudit(HostileFolder f, string[] labels)
    {
        var rows = Enumerable.Range(0, Math.Max(6, 2 * labels.Length))
            .Select(i => $"{60 + i},{(i % 2 == 0 ? "F" : "M")},{(i * 0.13 % 1).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)},{labels[i % labels.Length]}");
        var data = f.File("d.csv", "age,sex,risk,sepsis\n" + string.Join('\n', rows) + "\n");
        return f.Audit(data, "--score-column", "risk");
    }

    private static string[] PluginAudit(HostileFolder f, string plugin, params string[] more) => PluginAudit(f, [plugin], more);

    // The plugins in the order given: the load order that decides which of two plugins keeps a rule ID.
    private static string[] PluginAudit(HostileFolder f, string[] plugins, params string[] more) =>
        f.Audit(f.File("d.csv", Unremarkable), [.. plugins.SelectMany(p => new[] { "--plugins", HostilePlugins.Folder(p) }), .. more]);

    private static JsonElement Run(string output, string check)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        return report.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == check).Clone();
    }

    private static List<string> FindingIds(string output)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        return [.. report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!)];
    }

    // The checks of the hostile plugins that ran (the built-in ones always do).
    private static List<string> HostileRuns(string output)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        return [.. report.RootElement.GetProperty("checks").EnumerateArray()
            .Where(c => c.GetProperty("plugin").GetString()!.StartsWith("Hostile.", StringComparison.Ordinal))
            .Select(c => c.GetProperty("name").GetString()!)];
    }

    private static void OwnFramesOnly(string output)
    {
        var frames = Run(output, "ThrowsCheck").GetProperty("stackTrace").GetString()!.Split('\n');
        Assert.Contains(frames, l => l.StartsWith("at Hostile.Throws.ThrowsCheck.RunAsync(", StringComparison.Ordinal));
        Assert.All(frames, l => Assert.StartsWith("at Hostile.Throws.", l, StringComparison.Ordinal));
        Assert.Contains("<details class=\"stack-trace\">", File.ReadAllText(Path.Combine(output, "report.html")), StringComparison.Ordinal);
    }

    // A manifest for its three-second check timeout (the default is minutes).
    private static string[] SpinAudit(HostileFolder f)
    {
        // A manifest names a model file or a score column: scores it is, one per row.
        var scored = Unremarkable.TrimEnd('\n').Split('\n').Select((line, i) => line + "," + (i == 0 ? "risk" : (i % 2 == 0 ? "0.2" : "0.7")));
        f.File("d.csv", string.Join('\n', scored) + "\n");
        var manifest = f.File("manifest.yaml", """
            model:
              id: hostile-spin
              version: 1.0.0
              intended_purpose: Tests that a spinning plugin is ended.
            data:
              label: sepsis
              score_column: risk
              evaluation: d.csv
            checks:
              timeout_seconds: 3
            """);
        return ["audit", "--manifest", manifest, "--plugins", HostilePlugins.Folder("Spin"), "--out", f.Out];
    }

    private static void AcmeFairnessReported(string output)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        var rule = Assert.Single(report.RootElement.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "ACME2001");
        Assert.Equal("fairness", rule.GetProperty("family").GetString());
        Assert.Equal("completed", Run(output, "AcmeFairnessCheck").GetProperty("status").GetString());
        Assert.Equal(["AcmeFairnessCheck"], HostileRuns(output));
        Assert.Contains("ACME2001", FindingIds(output));
    }

    // The plugin's second check ran in a new process after the first one's ended.
    private static void SurvivorCompleted(string output)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        var survivor = Assert.Single(report.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "SurvivorCheck");
        Assert.Equal("completed", survivor.GetProperty("status").GetString());
    }

    private static void ConsoleCaptured(string output)
    {
        var log = File.ReadAllText(Path.Combine(output, "plugins.log"));
        Assert.Contains("Hostile.Chatty stdout: hello from the plugin", log, StringComparison.Ordinal);
        Assert.Contains("Hostile.Chatty stderr: a warning on stderr", log, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", log, StringComparison.Ordinal);
    }

    // A column holding one value in every row: the data-quality check reports it with the value in its message.
    private static string[] ConstantAudit(HostileFolder f, string column, string value)
    {
        var csvValue = "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var csvColumn = "\"" + column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var lines = Unremarkable.TrimEnd('\n').Split('\n').Select((line, i) => line + "," + (i == 0 ? csvColumn : csvValue));
        return f.Audit(f.File("d.csv", string.Join('\n', lines) + "\n"));
    }

    private static void MessageContains(string output, string text)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        var messages = report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("message").GetString()!).ToList();
        Assert.True(messages.Any(m => m.Contains(text, StringComparison.Ordinal)), $"no finding message contains '{text}'");
    }

    private static void RightToLeftShown(string output)
    {
        MessageContains(output, "Site A<U+202E>9.0 > 1.0");
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("<bdi>Site A&lt;U+202E&gt;9.0 &gt; 1.0</bdi>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Rlo, html, StringComparison.Ordinal);
        var annex = File.ReadAllText(Path.Combine(output, "annex-iv.md"));
        Assert.Contains("Site A\\<U+202E\\>9.0 \\> 1.0", annex, StringComparison.Ordinal);
        Assert.DoesNotContain(Rlo, annex, StringComparison.Ordinal);
        Assert.DoesNotContain(Rlo, File.ReadAllText(Path.Combine(output, "report.sarif")), StringComparison.Ordinal);
    }

    private static void SmallAndMarked(string output)
    {
        foreach (var file in new[] { "report.html", "report.json", "report.sarif", "annex-iv.md" })
        {
            var path = Path.Combine(output, file);
            Assert.True(new FileInfo(path).Length < 2 * 1024 * 1024, $"{file} is {new FileInfo(path).Length} bytes");
            Assert.True(file == "annex-iv.md" || File.ReadAllText(path).Contains("characters)", StringComparison.Ordinal), $"{file} has no cut marker");
        }
    }

    private static void Escaped(string output)
    {
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);

        // Markdown escapes the brackets, so the tag is text there.
        Assert.Contains("\\<img src=x onerror=alert\\(2\\)\\>", File.ReadAllText(Path.Combine(output, "annex-iv.md")), StringComparison.Ordinal);
    }
}
