using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class ProbeSampleTests
{
    // 400 rows, x = row / 40 (0 .. 9.975), y = 1 for the 100 rows with x >= 7.5; the model scores x / 10, decision at 5.
    // Made missing, x reads as 0: every row with x >= 5 flips (rows 200 .. 399, half of them).
    private static readonly double[] X = [.. Enumerable.Range(0, 400).Select(r => r / 40.0)];
    private static readonly CheckTest Test = new()
    {
        Data = Table(Numeric("x", X), Numeric("y", [.. X.Select(x => x >= 7.5 ? 1.0 : 0.0)])),
        Model = Models.Of(r => double.IsNaN(r[0]) ? 0 : r[0] / 10, "x"),
        Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
        Configuration = Configure.Options("XAI4004", ("probe_sample_rows", 80), ("max_flip_rate", 0)),
    };

    [Fact]
    public async Task Probes_run_on_a_label_stratified_sample_of_the_configured_size_and_say_so()
    {
        var report = await CheckVerifier<MissingInputCheck>.RunAsync(Test);

        // 80 of 400 rows, a quarter positive as in the data: 20 positives, 60 negatives. The flip rate is a share of the
        // 80 rows probed; every finding's evidence states that it comes from 80 rows.
        Assert.Equal(80, report.Value("probe_rows"));
        Assert.Equal(0, (report.Value("flip_rate", "x") * 80) % 1, 9);
        var finding = Assert.Single(report.Findings, f => f.RuleId == "XAI4004");
        Assert.Contains(finding.Evidence.Metrics!, m => m.Name == "probe_rows" && m.Value == 80);
    }

    [Fact]
    public async Task The_same_seed_probes_the_same_rows_and_more_rows_than_the_data_probes_every_row()
    {
        var first = await CheckVerifier<MissingInputCheck>.RunAsync(Test);
        var second = await CheckVerifier<MissingInputCheck>.RunAsync(Test);
        var all = await CheckVerifier<MissingInputCheck>.RunAsync(Test with { Configuration = Configure.Options("XAI4004", ("probe_sample_rows", 1000)) });

        Assert.Equal(first.Measurements, second.Measurements);
        Assert.Equal(400, all.Value("probe_rows"));

        // Every row: rows 200 .. 399 flip, exactly half; the AUROC of a constant score is 1/2, so the drop is 1 - 1/2.
        Assert.Equal(0.5, all.Value("flip_rate", "x"));
        Assert.Equal(0.5, all.Value("auroc_drop", "x"));
    }
}
