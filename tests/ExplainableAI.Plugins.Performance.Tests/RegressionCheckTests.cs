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
            Label = "los",
            ExpectedFindings = [ExpectedFinding.Of(PerformanceRuleIds.Regression).At("los")],
        });
        Assert.Equal(0.75, report.Value("mae"), 15);
        Assert.Equal(Math.Sqrt(0.75), report.Value("rmse"), 15);
        Assert.Equal(1 - (3 / 26.75), report.Value("r2"), 15);
        // |e| = 1, 1, 1, 0: sd = 0.5 → MAE ± z·0.5/2.
        Assert.Equal(0.75 - (1.959963984540054 * 0.25), report.Get("mae").Lower!.Value, 12);
    }
}
