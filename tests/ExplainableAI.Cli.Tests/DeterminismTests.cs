using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// The same inputs and seed give the same report in another process (issue #12): two real <c>xai demo</c> processes, each with
/// its own registry, write report.json, report.sarif and report.html that are equal byte for byte once the run's timestamps and
/// the checks' durations are set aside. A seed derived with a per-process hash (<see cref="HashCode"/>) gave other Kernel SHAP
/// values, and another XAI1005 finding, in every run.
/// </summary>
public sealed partial class DeterminismTests : IDisposable
{
    private const int Seed = 20261205;
    private const string Normalised = "<normalised>";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Two_processes_with_the_same_seed_write_the_same_reports()
    {
        // Both processes write to the same folder, one after the other, so the paths the reports record are the same too;
        // the first run's reports are moved aside before the second starts.
        var output = temp.Combine("demo");
        var first = temp.Combine("first");
        await RunDemoAsync(output, temp.Combine("first-registry.db"));
        Directory.Move(Path.Combine(output, "report"), first);
        Directory.Delete(output, recursive: true);
        await RunDemoAsync(output, temp.Combine("second-registry.db"));
        var second = Path.Combine(output, "report");

        Assert.Equal(NormaliseJson(first, "report.json", JsonPaths), NormaliseJson(second, "report.json", JsonPaths));
        Assert.Equal(NormaliseJson(first, "report.sarif", SarifPaths), NormaliseJson(second, "report.sarif", SarifPaths));
        Assert.Equal(NormaliseHtml(first), NormaliseHtml(second));
    }

    // The only fields that may differ between runs: when the report was made and how long each check took.
    private static readonly string[] JsonPaths = ["$.generatedAt", "$.checks[*].durationMs"];

    private static readonly string[] SarifPaths = ["$.runs[*].invocations[*].endTimeUtc"];

    // A real process, with its own registry file so the runs share no state.
    private static async Task RunDemoAsync(string folder, string registry)
    {
        var xai = Path.Combine(AppContext.BaseDirectory, "xai.dll");
        var start = new ProcessStartInfo("dotnet", [xai, "demo", "--out", folder, "--seed", Seed.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["XAI_REGISTRY"] = registry;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode is 0 or 1, $"exit {process.ExitCode}\n{await stdout}\n{await stderr}");
    }

    private static string NormaliseJson(string reportFolder, string file, string[] paths)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(reportFolder, file)))!;
        foreach (var path in paths)
        {
            var found = Select(root, path.Split('.').Skip(1)).ToList();
            Assert.True(found.Count > 0, $"{file} has nothing at {path}");
            foreach (var (parent, key) in found)
            {
                parent[key] = Normalised;
            }
        }

        return root.ToJsonString();
    }

    // The nodes at a path of property names, where "name[*]" steps into every element of an array; yields (object, property).
    private static IEnumerable<(JsonObject Parent, string Key)> Select(JsonNode node, IEnumerable<string> steps)
    {
        var step = steps.FirstOrDefault();
        if (step is null || node is not JsonObject obj)
        {
            yield break;
        }

        var rest = steps.Skip(1).ToList();
        var name = step.EndsWith("[*]", StringComparison.Ordinal) ? step[..^3] : step;
        if (!obj.TryGetPropertyValue(name, out var child) || child is null)
        {
            yield break;
        }

        if (name == step && rest.Count == 0)
        {
            yield return (obj, name);
            yield break;
        }

        IEnumerable<JsonNode?> children = name == step ? [child] : child.AsArray();
        foreach (var item in children)
        {
            if (item is null)
            {
                continue;
            }

            foreach (var found in Select(item, rest))
            {
                yield return found;
            }
        }
    }

    // The HTML renders the same two fields: the generation time (in <time> elements and at the end of the footer line) and each
    // check's duration (the number cell after the status in the provenance table).
    private static string NormaliseHtml(string reportFolder)
    {
        var html = File.ReadAllText(Path.Combine(reportFolder, "report.html"));
        html = TimeElement().Replace(html, Normalised);
        html = FooterTime().Replace(html, m => m.Groups["before"].Value + Normalised);
        return DurationCell().Replace(html, m => m.Groups["before"].Value + Normalised);
    }

    [GeneratedRegex("<time datetime=\"[^\"]*\">[^<]*</time>")]
    private static partial Regex TimeElement();

    [GeneratedRegex("(?<before>· schema [^<·]* · )[0-9-]+ [0-9:]+ UTC(?=</p>\\s*</footer>)")]
    private static partial Regex FooterTime();

    [GeneratedRegex("(?<before><span class=\"status status-[a-z-]+\">[^<]*</span></td><td class=\"num\">)[^<]*")]
    private static partial Regex DurationCell();
}
