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
        Assert.Equal(["Row", "Value of 'x' (before \u2192 after)", "Score (before \u2192 after)"], table.Columns);
        Assert.Equal("1 \u2192 10.8", table.Rows[0][1]);
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

    [Fact]
    public async Task A_u_shaped_response_breaks_a_declared_increasing_direction()
    {
        // Score = ((x - 30) / 100)²: the first grid step, 1 -> 10.8, falls from 0.0841 to 0.036864 (by 0.047236, the
        // largest step against), so every sampled row violates the declared direction.
        var report = await CheckVerifier<MonotonicityCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = Models.Of(r => Math.Pow((r[0] - 30) / 100, 2), "x", "z"),
            Registration = CheckTest.DefaultRegistration with
            {
                Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["x"] = new(Monotone: Monotonicity.Increasing) },
            },
            ExpectedFindings = [ExpectedFinding.Of("XAI4010").At("x").WithSeverity(Severity.Warning).WithArguments("x", "increasing", 1.0, 0.0, 0.047236)],
        });

        Assert.Equal(1, report.Value("monotonicity_violation_rate", "x"));
        Assert.Equal(1, report.Value("monotonicity_direction", "x"));
        var table = Assert.Single(report.Findings.Single().Evidence.Tables!);
        Assert.Equal("Rows moving most against the declared direction of 'x'", table.Title);
        Assert.Equal("1 \u2192 10.8", table.Rows[0][1]);
    }

    [Fact]
    public async Task A_declared_direction_is_judged_even_when_the_model_is_monotone_the_other_way()
    {
        // Score = 1 - x / 100 falls by 0.098 on every grid step: monotone, but against the declared increase in every row.
        var report = await CheckVerifier<MonotonicityCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = Models.Of(r => 1 - (r[0] / 100), "x", "z"),
            Registration = CheckTest.DefaultRegistration with
            {
                Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["x"] = new(Monotone: Monotonicity.Increasing) },
            },
            ExpectedFindings = [ExpectedFinding.Of("XAI4010").At("x").WithArguments("x", "increasing", 1.0, 0.0, 0.098)],
        });

        Assert.Equal(-1, report.Value("monotonicity_direction", "x"));

        var declaredDecreasing = await CheckVerifier<MonotonicityCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = Models.Of(r => 1 - (r[0] / 100), "x", "z"),
            Registration = CheckTest.DefaultRegistration with
            {
                Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["x"] = new(Monotone: Monotonicity.Decreasing) },
            },
        });
        Assert.Equal(0, declaredDecreasing.Value("monotonicity_violation_rate", "x"));
    }

    [Fact]
    public async Task Violations_of_a_declared_direction_are_broken_down_by_group()
    {
        // Rows 0..50 are F, 51..100 M. Score rises with x for F and falls for M (x · (1 − 2·isM) / 100 + 0.5); every
        // M row violates the declared increase by 0.098 per step, no F row does.
        var sex = Enumerable.Range(0, 101).Select(i => i <= 50 ? "F" : "M").ToArray();
        var data = Table(
            Numeric("x", [.. Enumerable.Range(0, 101).Select(i => (double)i)]),
            Numeric("m", [.. Enumerable.Range(0, 101).Select(i => i <= 50 ? 0.0 : 1.0)]),
            Categorical("sex", sex));
        var report = await CheckVerifier<MonotonicityCheck>.RunAsync(new CheckTest
        {
            Data = data,
            Model = Models.Of(r => 0.5 + (r[0] * (1 - (2 * r[1])) / 100), "x", "m"),
            Registration = CheckTest.DefaultRegistration with
            {
                SensitiveAttributes = ["sex"],
                Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["x"] = new(Monotone: Monotonicity.Increasing) },
            },
        });

        Assert.Equal(0, report.Value("group_monotonicity_violation_rate", "x|sex=F"));
        Assert.Equal(1, report.Value("group_monotonicity_violation_rate", "x|sex=M"));
        Assert.Equal(0.098, report.Value("group_mean_step_against", "x|sex=M"), 12);
        var finding = report.Findings.Single(f => f.RuleId == "XAI4010");
        var table = finding.Evidence.Tables!.Single(t => t.Columns[0] == "Group");
        Assert.Equal("Violation rate by group when sweeping 'x', worst first", table.Title);
        Assert.Equal(["sex=M", "50", "100.0 %", "0.0980"], table.Rows[0]);
    }
}
