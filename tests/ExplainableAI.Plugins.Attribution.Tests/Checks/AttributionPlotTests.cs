using ExplainableAI.Core;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>The plots in the evidence of XAI1001 show the attributions themselves: every number is checked against the engine.</summary>
public sealed class AttributionPlotTests
{
    private const int Rows = 60;

    // p = σ(0.08·(x0 − 30) + 1.5·x1 − 0.75 + 0.3·x2): x0 = 0..59, x1 a 0/1 pattern, x2 a seeded normal.
    private static readonly DelegateModel Logistic = new(
        [new ModelFeature("lactate", ColumnKind.Numeric), new ModelFeature("ventilated", ColumnKind.Numeric), new ModelFeature("crp", ColumnKind.Numeric)],
        x => 1 / (1 + Math.Exp(-((0.08 * (x[0] - 30)) + (1.5 * x[1]) - 0.75 + (0.3 * x[2])))));

    private static readonly double[] Lactate = [.. Enumerable.Range(0, Rows).Select(i => (double)i)];
    private static readonly double[] Ventilated = [.. Enumerable.Range(0, Rows).Select(i => (double)(i * 7 % 3 == 0 ? 1 : 0))];
    private static readonly double[] Crp = Models.Normals(Rows, 5);

    // Every row explained, every row in the background: the check's attributions are then the engine's on the whole table.
    private static readonly CheckConfiguration AllRows = TestConfiguration.Options(
        "XAI1001", (GlobalImportanceCheck.BackgroundRowsOption, Rows), (GlobalImportanceCheck.ExplainedRowsOption, Rows));

    [Fact]
    public async Task Beeswarm_points_are_the_attributions_coloured_by_scaled_feature_value()
    {
        var (report, expected) = await RunAsync(Logistic, Table(), AllRows);

        var beeswarm = Chart(report, ChartKind.Beeswarm);
        Assert.Equal("SHAP summary", beeswarm.Title);
        Assert.Equal($"top 3 features, {Rows} rows each", beeswarm.Subtitle);
        Assert.Equal("Feature value", beeswarm.ColorLabel);
        var ranking = Ranking(expected);
        Assert.Equal(ranking.Select(f => expected.FeatureNames[f]), beeswarm.Categories);
        var series = Assert.Single(beeswarm.Series);
        Assert.Equal(3 * Rows, series.X.Count);
        for (var c = 0; c < 3; c++)
        {
            for (var r = 0; r < Rows; r++)
            {
                Assert.Equal(expected.Value(r, ranking[c]), series.X[(c * Rows) + r], 12);
                Assert.Equal(c, series.Y[(c * Rows) + r]);
            }
        }

        // lactate = 0..59: 5th percentile 0.05·59 = 2.95, 95th 56.05 (linear interpolation), so row r is (r − 2.95) / 53.1 clamped.
        var lactateRow = Array.IndexOf(ranking, 0);
        for (var r = 0; r < Rows; r++)
        {
            Assert.Equal(Math.Clamp((r - 2.95) / 53.1, 0, 1), series.Color![(lactateRow * Rows) + r], 1e-12);
        }
    }

    [Fact]
    public async Task Waterfall_of_highest_risk_row_adds_up_to_its_prediction()
    {
        var (report, expected) = await RunAsync(Logistic, Table(), AllRows);

        var waterfall = Chart(report, ChartKind.Waterfall);
        var highest = Enumerable.Range(0, Rows).MaxBy(r => expected.Predictions[r]);
        Assert.StartsWith($"Row {highest}, highest risk", waterfall.Title, StringComparison.Ordinal);
        var contributions = Assert.Single(waterfall.Series).Y;
        Assert.Equal(expected.BaseValues[highest], waterfall.ReferenceValue!.Value, 12);
        Assert.Equal(Logistic.Predict(Models.MatrixOf(Logistic, Lactate[highest], Ventilated[highest], Crp[highest]), default).Values.Span[0], waterfall.ReferenceValue.Value + contributions.Sum(), 1e-12);

        // Bars by decreasing |φ|, each labelled with that feature's value only.
        var order = Enumerable.Range(0, 3).OrderByDescending(f => Math.Abs(expected.Value(highest, f))).ToArray();
        Assert.Equal(order.Select(f => expected.Value(highest, f)), contributions);
        Assert.Contains($"lactate = {Lactate[highest]}", waterfall.Categories!);
    }

    [Fact]
    public async Task Waterfall_folds_the_smaller_features_into_one_bar()
    {
        var configuration = TestConfiguration.Options(
            "XAI1001", (GlobalImportanceCheck.BackgroundRowsOption, Rows), (GlobalImportanceCheck.ExplainedRowsOption, Rows), (GlobalImportanceCheck.WaterfallFeaturesOption, 1));
        var (report, expected) = await RunAsync(Logistic, Table(), configuration);

        var waterfall = Chart(report, ChartKind.Waterfall);
        var highest = Enumerable.Range(0, Rows).MaxBy(r => expected.Predictions[r]);
        Assert.Equal(2, waterfall.Categories!.Count);
        Assert.Equal("other 2 features", waterfall.Categories[1]);
        Assert.Equal(expected.Predictions[highest], waterfall.ReferenceValue!.Value + waterfall.Series[0].Y.Sum(), 1e-12);
    }

    [Fact]
    public async Task Missed_positives_with_the_lowest_scores_get_waterfalls()
    {
        // Label positive on every fifth row; those below the 0.5 threshold are false negatives, the lowest-scoring two are shown.
        var label = Enumerable.Range(0, Rows).Select(i => (bool?)(i % 5 == 0)).ToArray();
        var data = TestData.Table([.. Table().Columns, TestData.Boolean("sepsis", label)]);
        var (report, expected) = await RunAsync(Logistic, data, AllRows, label: "sepsis");

        var missed = Enumerable.Range(0, Rows).Where(r => r % 5 == 0 && expected.Predictions[r] < 0.5).OrderBy(r => expected.Predictions[r]).Take(2).ToArray();
        Assert.Equal(2, missed.Length);
        var waterfalls = Charts(report, ChartKind.Waterfall).ToArray();
        Assert.Equal(3, waterfalls.Length);
        for (var i = 0; i < 2; i++)
        {
            Assert.StartsWith($"Row {missed[i]}, missed positive", waterfalls[i + 1].Title, StringComparison.Ordinal);
            Assert.Equal(expected.Predictions[missed[i]], waterfalls[i + 1].ReferenceValue!.Value + waterfalls[i + 1].Series[0].Y.Sum(), 1e-12);
        }
    }

    [Fact]
    public async Task Dependence_plot_is_feature_value_against_attribution_coloured_by_the_interacting_feature()
    {
        // f = x0·x1 + x2: the attribution of x0 moves with x1 at a fixed x0, and x2 acts alone.
        var model = new DelegateModel(Models.Features(3), x => (x[0] * x[1]) + x[2], ModelTask.Regression);
        var data = TestData.Table(TestData.Numeric("x0", Models.Normals(Rows, 1)), TestData.Numeric("x1", Models.Normals(Rows, 2)), TestData.Numeric("x2", [.. Models.Normals(Rows, 3).Select(v => 0.3 * v)]));
        var (report, expected) = await RunAsync(model, data, AllRows);

        var dependence = Charts(report, ChartKind.Scatter).ToArray();
        Assert.Equal(3, dependence.Length);
        var x0 = Assert.Single(dependence, c => c.XLabel == "x0");
        Assert.Equal("Dependence: x0", x0.Title);
        Assert.Equal("x1", x0.ColorLabel);
        Assert.StartsWith("colour: x1, the likeliest interacting feature (heuristic, mean |r| ", x0.Subtitle, StringComparison.Ordinal);
        var series = Assert.Single(x0.Series);
        Assert.Equal(Models.Normals(Rows, 1), series.X);
        Assert.Equal(Enumerable.Range(0, Rows).Select(r => expected.Value(r, 0)), series.Y);

        // Colour = x1 scaled linearly between its 5th and 95th percentiles (numpy's "linear" method), clamped to [0, 1].
        var x1 = Models.Normals(Rows, 2);
        var sorted = x1.Order().ToArray();
        var (p5, p95) = (Percentile(sorted, 0.05), Percentile(sorted, 0.95));
        Assert.Equal(Rows, series.Color!.Count);
        for (var r = 0; r < Rows; r++)
        {
            Assert.Equal(Math.Clamp((x1[r] - p5) / (p95 - p5), 0, 1), series.Color[r], 1e-12);
        }

        var x2 = Assert.Single(dependence, c => c.XLabel == "x2");
        Assert.Null(x2.Series[0].Color);
        Assert.Null(x2.ColorLabel);
        Assert.Null(x2.Subtitle);
    }

    [Fact]
    public async Task Dependence_colour_is_grey_where_the_interacting_feature_is_missing()
    {
        // f = x0·x1 with x1 missing in every seventh row: those points keep their place and get NaN (grey).
        var model = new DelegateModel(Models.Features(2), x => double.IsNaN(x[1]) ? 0 : x[0] * x[1], ModelTask.Regression);
        var x1 = Models.Normals(Rows, 2).Select((v, i) => i % 7 == 3 ? double.NaN : v).ToArray();
        var data = TestData.Table(TestData.Numeric("x0", Models.Normals(Rows, 1)), TestData.Numeric("x1", x1));
        var (report, _) = await RunAsync(model, data, AllRows);

        var x0 = Assert.Single(Charts(report, ChartKind.Scatter), c => c.XLabel == "x0");
        Assert.Equal("x1", x0.ColorLabel);
        for (var r = 0; r < Rows; r++)
        {
            Assert.Equal(double.IsNaN(x1[r]), double.IsNaN(x0.Series[0].Color![r]));
        }
    }

    private static double Percentile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        return sorted[below] + ((position - below) * (sorted[below + 1] - sorted[below]));
    }

    [Fact]
    public async Task Additive_model_has_no_interaction_colour()
    {
        // Linear in the explained output (a regression), so each attribution depends on its own feature only. (The logistic
        // model's probability is not additive: its dependence plots are rightly coloured.)
        var linear = new DelegateModel(Logistic.Features, x => (0.08 * x[0]) + (1.5 * x[1]) + (0.3 * x[2]), ModelTask.Regression);
        var (report, _) = await RunAsync(linear, Table(), AllRows);

        Assert.All(Charts(report, ChartKind.Scatter), c => Assert.Null(c.Series[0].Color));
    }

    private static TabularData Table() =>
        TestData.Table(TestData.Numeric("lactate", Lactate), TestData.Numeric("ventilated", Ventilated), TestData.Numeric("crp", Crp));

    private static async Task<(AuditResult Report, AttributionResult Expected)> RunAsync(DelegateModel model, TabularData data, CheckConfiguration configuration, string? label = null)
    {
        var report = await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = data, Model = model, Configuration = configuration, Registration = CheckTest.DefaultRegistration with { LabelColumn = label, PositiveClass = label is null ? null : "true" } });
        var all = FeatureMatrix.FromData(data, model.Features);
        var output = model.Task == ModelTask.Regression ? AttributionOutput.Margin : AttributionOutput.Probability;
        return (report, AttributionEngine.Explain(model, all, all, AttributionMethod.Exact, output, null, null, null, default));
    }

    private static int[] Ranking(AttributionResult result) =>
        [.. Enumerable.Range(0, result.FeatureNames.Count).OrderByDescending(f => Enumerable.Range(0, result.RowCount).Average(r => Math.Abs(result.Value(r, f)))).ThenBy(f => f)];

    private static IEnumerable<ChartSpec> Charts(AuditResult report, ChartKind kind) =>
        report.Findings.Single(f => f.RuleId == "XAI1001").Evidence.Charts!.Where(c => c.Kind == kind);

    private static ChartSpec Chart(AuditResult report, ChartKind kind) => Charts(report, kind).First();
}
