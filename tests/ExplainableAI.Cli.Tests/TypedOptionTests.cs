using System.Text.Json;

namespace ExplainableAI.Cli.Tests;

/// <summary>Typed rule options end to end: listed by <c>xai checks --options</c>, set as YAML lists and switches in a manifest.</summary>
[Collection(DemoCollection.Name)]
public sealed class TypedOptionTests(DemoArtifactsFixture demo) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Checks_with_options_lists_each_option_with_what_it_expects_and_its_default()
    {
        var run = await CliRun.RunAsync("checks", "--options");

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = run.Output.Split('\n').Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(["ID", "Option", "Expects", "Default"], rows[0]);
        Assert.Contains(["XAI2007", "intersections", "true or false", "true"], rows);
        Assert.Contains(["XAI2007", "min_group_size", "a whole number", "10"], rows);
        Assert.Contains(["XAI3001", "method", "one of auto, ks, wasserstein, psi, jensen_shannon, chi_square, z_test", "auto"], rows);
        Assert.Contains(["XAI6001", "max_missing_rate", "a number", "0.2"], rows);
    }

    [Fact]
    public async Task Age_bands_left_undeclared_give_the_demo_the_same_groups_and_numbers_as_the_declared_ones()
    {
        // The demo declares age bands [40, 65]; its age has more than ten values, so undeclared it takes the default bands,
        // the same edges: nothing changes but the registration's record of them. A switch option is set as a YAML boolean.
        var manifest = Path.Combine(demo.Folder, "manifest-no-age-bands.yaml");
        var text = File.ReadAllText(demo.Artifacts.ManifestPath);
        const string Declared = "sensitive_attributes: [sex, {name: age, bands: [40, 65]}]";
        Assert.Contains(Declared, text, StringComparison.Ordinal);
        Assert.Contains("options: {}", text, StringComparison.Ordinal);
        File.WriteAllText(
            manifest,
            text.Replace(Declared, "sensitive_attributes: [sex, age]", StringComparison.Ordinal)
                .Replace("options: {}", "options: {XAI2007: {intersections: true}}", StringComparison.Ordinal));

        var declared = await CliRun.RunAsync("audit", "--manifest", demo.Artifacts.ManifestPath, "--out", temp.Combine("declared"), "--no-registry");
        var undeclared = await CliRun.RunAsync("audit", "--manifest", manifest, "--out", temp.Combine("undeclared"), "--no-registry");

        Assert.True(undeclared.ExitCode == declared.ExitCode, undeclared.ToString());
        using var expected = Read("declared");
        using var actual = Read("undeclared");
        Assert.Equal(expected.RootElement.GetProperty("measurements").GetRawText(), actual.RootElement.GetProperty("measurements").GetRawText());
        Assert.Equal(expected.RootElement.GetProperty("findings").GetRawText(), actual.RootElement.GetProperty("findings").GetRawText());
        Assert.Contains(actual.RootElement.GetProperty("measurements").EnumerateArray(), m => m.GetProperty("subject").GetString() == "age=[40,65)");
        var edges = expected.RootElement.GetProperty("registration").GetProperty("cohortBands").GetProperty("age");
        Assert.Equal([40.0, 65.0], edges.EnumerateArray().Select(e => e.GetDouble()));
        Assert.Empty(actual.RootElement.GetProperty("registration").GetProperty("cohortBands").EnumerateObject());
        Assert.True(actual.RootElement.GetProperty("configuration").GetProperty("options").GetProperty("XAI2007").GetProperty("intersections").GetBoolean());
    }

    private JsonDocument Read(string folder) => JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Combine(folder), "report.json")));
}
