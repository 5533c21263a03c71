using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Performance.Tests;

public sealed class RegressionCheckTests
{
    [Fact]
    public async Task Mae_rmse_and_r2_by_hand()
    {
        // Model predicts 2x. Labels 1, 3, 5, 8 at x = 1, 2, 3, 4 → predictions 2, 4, 6, 8, errors −1, −1, −1, 0.
        // MAE 3/4; MSE 3/4, RMSE √0.75; mean label 4.25, SS_tot = 10.5625 + 1.5625 + 0.5625 + 14.0625 = 26.75,
        // R² = 1 − 3/26.75.
        var model = new DelegateModel([new ModelFeature("x", ColumnKind.Numeric)], row => 2 * row[0], ModelTask.Regression);
        var report = await CheckVerifier<RegressionCheck>.VerifyAsync(new CheckTest
        {
            Data = TestData.Table(TestData.Numeric("x", 1, 2, 3, 4), TestData.Numeric("los", 1, 3, 5, 8)),
            Model = model,
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "los" },
            ExpectedFindings = [ExpectedFinding.Of(PerformanceRuleIds.Regression).At("los")],
        });
        Assert.Equal(0.75, report.Value("mae"), 15);
        Assert.Equal(Math.Sqrt(0.75), report.Value("rmse"), 15);
        Assert.Equal(1 - (3 / 26.75), report.Value("r2"), 15);
        // |e| = 1, 1, 1, 0: sd = 0.5 → MAE ± z·0.5/2.
        Assert.Equal(0.75 - (1.959963984540054 * 0.25), report.Get("mae").Lower!.Value, 12);
    }

    private static CheckTest Declared(IReadOnlyList<ExpectedFinding> expected, params (string Rule, string Option, RuleOptionValue Value)[] options) => new()
    {
        Data = TestData.Table(TestData.Numeric("x", 1, 2, 3, 4), TestData.Numeric("los", 1, 3, 5, 8)),
        Model = new DelegateModel([new ModelFeature("x", ColumnKind.Numeric)], row => 2 * row[0], ModelTask.Regression),
        Registration = CheckTest.DefaultRegistration with { LabelColumn = "los" },
        Configuration = Configure.Options(options),
        ExpectedFindings = [ExpectedFinding.Of(PerformanceRuleIds.Regression).At("los"), .. expected],
    };

    [Fact]
    public async Task Declared_maxima_and_minimum_raise_findings()
    {
        // Same case: MAE 0.75 with 95% CI 0.75 ± z·0.25 = 0.260–1.240; RMSE √0.75 = 0.866; R² = 1 − 3/26.75 = 0.888.
        var z = 1.959963984540054;
        var (maeLow, maeHigh) = (0.75 - (z * 0.25), 0.75 + (z * 0.25));
        var report = await CheckVerifier<RegressionCheck>.RunAsync(Declared([]));
        var rmse = report.Get("rmse");
        var declared = await CheckVerifier<RegressionCheck>.VerifyAsync(Declared(
            [
                // max_mae 1: the estimate 0.75 is below it but the upper bound 1.24 is not → not demonstrated.
                ExpectedFinding.Of(PerformanceRuleIds.RegressionErrorAboveMaximum).At("los")
                    .WithArguments("MAE", "los", 1.0, "95% upper bound", maeHigh),
                ExpectedFinding.Of(PerformanceRuleIds.R2BelowMinimum).At("los").WithArguments(1 - (3 / 26.75), "los", 0.9),
            ],
            (PerformanceRuleIds.RegressionErrorAboveMaximum, "max_mae", 1),
            (PerformanceRuleIds.R2BelowMinimum, "min_r2", 0.9)));
        // The estimate and its interval, no longer in the message, are the evidence metric.
        var mae = Assert.Single(declared.Findings, f => f.RuleId == PerformanceRuleIds.RegressionErrorAboveMaximum);
        Assert.Equal([new EvidenceMetric("mae", 0.75, maeLow, maeHigh, 1.0)], mae.Evidence.Metrics!);

        // Point estimates: MAE 0.75 < 1 passes; RMSE 0.866 > 0.8 fails; R² 0.888 ≥ 0.5 passes.
        await CheckVerifier<RegressionCheck>.VerifyAsync(Declared(
            [
                ExpectedFinding.Of(PerformanceRuleIds.RegressionErrorAboveMaximum).At("los")
                    .WithArguments("RMSE", "los", 0.8, "estimate", Math.Sqrt(0.75)),
            ],
            (PerformanceRuleIds.RegressionErrorAboveMaximum, "max_mae", 1),
            (PerformanceRuleIds.RegressionErrorAboveMaximum, "max_rmse", 0.8),
            (PerformanceRuleIds.RegressionErrorAboveMaximum, "use_upper_bound", false),
            (PerformanceRuleIds.R2BelowMinimum, "min_r2", 0.5)));
    }

    [Fact]
    public async Task Without_declarations_only_the_summary_is_reported() =>
        await CheckVerifier<RegressionCheck>.VerifyAsync(Declared([]));
}
