using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class MonotonicityCheckTests
{
    // x = 0..100: the 1st..99th percentiles (type 7) are exactly 1, 10.8, 20.6, ..., 99.
    private static readonly TabularData Data = Table(
        Numeric("x", [.. Enumerable.Range(0, 101).Select(i => (double)i)]),
        Numeric("z", [.. Enumerable.Range(0, 101).Select(i => (double)(i % 7))]));

    [Fact]
    public async Task Increasing_decreasing_and_flat_responses_have_no_violations()
    {
        var report = await CheckVerifier<MonotonicityCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = Models.Of(r => 1 / (1 + Math.Exp(-(r[0] - 50) / 10)), "x", "z"),
        });

        Assert.Equal(1, report.Value("monotonicity_direction", "x"));
        Assert.Equal(0, report.Value("monotonicity_violation_rate", "x"));
        Assert.Equal(0, report.Value("monotonicity_direction", "z"));
        Assert.Equal(0, report.Value("monotonicity_violation_rate", "z"));

        var decreasing = await CheckVerifier<MonotonicityCheck>.RunAsync(new CheckTest { Data = Data, Model = Models.Of(r => 1 - (r[0] / 100), "x", "z") });
        Assert.Equal(-1, decreasing.Value("monotonicity_direction", "x"));
        Assert.Equal(0, decreasing.Value("monotonicity_violation_rate", "x"));
    }

    [Fact]
    public async Task A_u_shaped_response_is_caught_in_every_row()
    {
        // Score = ((x - 30) / 100)²: falls from 0.0841 at x = 1 to 0.0002 at 30.4 then rises to 0.4761 at 99. The rise
        // dominates, and every sampled row (the score ignores the other feature) falls on the first steps.
        var report = await CheckVerifier<MonotonicityCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = Models.Of(r => Math.Pow((r[0] - 30) / 100, 2), "x", "z"),
            ExpectedFindings = [ExpectedFinding.Of("XAI4007").At("x").WithSeverity(Severity.Info).WithArguments("x", "increases", 1.0, 0.1)],
        });

        var table = Assert.Single(report.Findings.Single().Evidence.Tables!);
        Assert.Equal(["row", "x", "score"], table.Columns);
        Assert.Equal("1 -> 10.8", table.Rows[0][1]);
    }

    [Fact]
    public void Grid_quantiles_interpolate_between_order_statistics()
    {
        var matrix = FeatureMatrix.FromData(Data, [Models.Number("x"), Models.Number("z")]);
        var spread = FeatureSpread.Of(matrix, null)[0];

        Assert.Equal(1, spread.Quantile(0.01), 12);
        Assert.Equal(10.8, spread.Quantile(0.108), 12);
        Assert.Equal(99, spread.Quantile(0.99), 12);
        // Sample sd of 0..100: sqrt(101 · 102 / 12) = 29.3002.
        Assert.Equal(Math.Sqrt(101.0 * 102 / 12), spread.Std, 12);
    }
}
