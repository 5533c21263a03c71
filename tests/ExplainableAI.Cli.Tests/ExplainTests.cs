using System.Globalization;

namespace ExplainableAI.Cli.Tests;

/// <summary><c>xai explain</c> writes SHAP attributions that match XGBoost's own <c>pred_contribs</c> and add up to the prediction.</summary>
[Collection(DemoCollection.Name)]
public sealed class ExplainTests(DemoArtifactsFixture demo) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Tree_path_attributions_of_an_xgboost_model_match_xgboost_pred_contribs()
    {
        var fixtures = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "xgboost");
        var output = temp.Combine("shap.csv");

        var run = await CliRun.RunAsync("explain", "--model", Path.Combine(fixtures, "xgb_binary_small.json"), "--data", Path.Combine(fixtures, "xgb_binary_small.data.csv"), "--method", "tree-path", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var (header, rows) = Read(output);
        var (expectedHeader, expected) = Read(Path.Combine(fixtures, "xgb_binary_small.contribs.csv"));
        var margins = File.ReadAllLines(Path.Combine(fixtures, "xgb_binary_small.margin.csv")).Skip(1).Select(l => double.Parse(l.Split(',')[^1], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(["row", "base_value", "prediction", .. expectedHeader[..^1]], header);
        Assert.Equal(expected.Count, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            // XGBoost computes in float32: 1e-4 absolute, as the issue sets.
            for (var f = 0; f < expectedHeader.Length - 1; f++)
            {
                Assert.Equal(expected[r][f], rows[r][3 + f], 1e-4);
            }

            Assert.Equal(expected[r][^1], rows[r][1], 1e-4);
            Assert.Equal(margins[r], rows[r][2], 1e-4);
            Assert.Equal(rows[r][2], rows[r][1] + rows[r][3..].Sum(), 1e-9);
        }
    }

    [Fact]
    public async Task Tree_interventional_attributions_equal_exact_ones_against_the_same_background()
    {
        var fixtures = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "xgboost");
        string[] common = ["--model", Path.Combine(fixtures, "xgb_binary_small.json"), "--data", Path.Combine(fixtures, "xgb_binary_small.data.csv"), "--background-rows", "10"];

        var tree = await CliRun.RunAsync(["explain", .. common, "--method", "tree-interventional", "--out", temp.Combine("tree.csv")]);
        var exact = await CliRun.RunAsync(["explain", .. common, "--method", "exact", "--out", temp.Combine("exact.csv")]);

        Assert.True(tree.ExitCode == 0, tree.ToString());
        Assert.True(exact.ExitCode == 0, exact.ToString());
        Assert.Contains("TreeInterventional", tree.Output, StringComparison.Ordinal);
        var (treeHeader, treeRows) = Read(temp.Combine("tree.csv"));
        var (exactHeader, exactRows) = Read(temp.Combine("exact.csv"));
        Assert.Equal(exactHeader, treeHeader);
        Assert.Equal(exactRows.Count, treeRows.Count);
        for (var r = 0; r < treeRows.Count; r++)
        {
            for (var c = 1; c < treeHeader.Length; c++)
            {
                Assert.Equal(exactRows[r][c], treeRows[r][c], 1e-9);
            }

            Assert.Equal(treeRows[r][2], treeRows[r][1] + treeRows[r][3..].Sum(), 1e-9);
        }
    }

    [Fact]
    public async Task Exact_attributions_of_the_demo_model_add_up_to_its_margin()
    {
        var output = temp.Combine("demo-shap.csv");

        var run = await CliRun.RunAsync("explain", "--model", demo.Artifacts.Model.Path, "--data", demo.Artifacts.CurrentPath, "--label", "sepsis", "--rows", "5", "--background-rows", "20", "--method", "exact", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("explain: 100 %", run.Output, StringComparison.Ordinal);
        var (header, rows) = Read(output);
        Assert.Equal(5, rows.Count);
        Assert.Contains("antibiotics_ordered", header);
        foreach (var row in rows)
        {
            Assert.Equal(row[2], row[1] + row[3..].Sum(), 1e-6);
        }
    }

    [Fact]
    public async Task Path_dependent_method_on_a_model_without_trees_is_bad_input()
    {
        var run = await CliRun.RunAsync("explain", "--model", demo.OnnxModelPath, "--data", demo.Artifacts.CurrentPath, "--label", "sepsis", "--method", "tree-path", "--out", temp.Combine("x.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'--method'", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("x.csv")));
    }

    [Fact]
    public async Task Linear_method_on_a_model_without_coefficients_is_bad_input()
    {
        var run = await CliRun.RunAsync("explain", "--model", demo.Artifacts.Model.Path, "--data", demo.Artifacts.CurrentPath, "--label", "sepsis", "--method", "linear", "--out", temp.Combine("x.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("linear model", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("x.csv")));
    }

    private static (string[] Header, List<double[]> Rows) Read(string path)
    {
        var lines = File.ReadAllLines(path);
        return (lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList());
    }
}
