using System.Text.Json;
using System.Text.RegularExpressions;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// The groups of a sensitive attribute are defined once per audit (issue #16): in the demo report, fairness, robustness and
/// attribution name the groups of <c>age</c> the same way.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed partial class CohortNameTests(DemoArtifactsFixture demo) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task The_demo_report_names_the_age_groups_the_same_in_fairness_robustness_and_attribution()
    {
        // The demo has no proxy among its top drivers at the default 0.8; at 0.5 every top driver is reported with its
        // table of groups, so attribution names the groups it examined.
        var manifest = Path.Combine(demo.Folder, "manifest-proxies.yaml");
        var text = File.ReadAllText(demo.Artifacts.ManifestPath);
        Assert.Contains("options: {}", text, StringComparison.Ordinal);
        File.WriteAllText(manifest, text.Replace("options: {}", "options: {XAI1004: {min_auroc: 0.5}}", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("audit", "--manifest", manifest, "--out", temp.Path, "--no-registry");

        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "report.json")));
        var root = report.RootElement;
        var fairness = AgeGroups(root, "XAI2");
        var robustness = AgeGroups(root, "XAI4");
        var attribution = AgeGroups(root, "XAI1");

        // The demo's ages (18 to 95, none missing) in the bands it declares, [40, 65].
        string[] bands = ["age=<40", "age=>=65", "age=[40,65)"];
        Assert.Equal(bands, fairness);
        Assert.Equal(bands, robustness);
        Assert.Equal(bands, attribution);
    }

    // Every age group named by a family's findings (messages, locations, evidence) and by its checks' measurements.
    private static string[] AgeGroups(JsonElement report, string family)
    {
        var checks = report.GetProperty("checks").EnumerateArray()
            .Where(c => c.GetProperty("rules").EnumerateArray().Any(r => r.GetString()!.StartsWith(family, StringComparison.Ordinal)))
            .Select(c => c.GetProperty("name").GetString())
            .ToHashSet(StringComparer.Ordinal);
        var texts = report.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString()!.StartsWith(family, StringComparison.Ordinal))
            .SelectMany(Strings)
            .Concat(report.GetProperty("measurements").EnumerateArray()
                .Where(m => checks.Contains(m.GetProperty("check").GetString()) && m.GetProperty("subject").ValueKind == JsonValueKind.String)
                .Select(m => m.GetProperty("subject").GetString()!));
        return [.. texts.SelectMany(t => AgeGroup().Matches(t).Select(m => m.Value)).Distinct().Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    // "age" as a word, then a group: =<40, =[40,65), =>=65, =(missing), =62, or the older spellings <=62, >62, =[18,51).
    [GeneratedRegex(@"\bage(=\[[^\]\)]*[\]\)]|=\([a-z]+\)|=[<>]=?[0-9.]+|=[0-9.]+|[<>]=?[0-9.]+)")]
    private static partial Regex AgeGroup();
}
