using ExplainableAI.Core;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class ExplanationStabilityCheckTests
{
    private const int Rows = 40;

    // Six features holding the same 40 values in different row orders (x_j[r] = v[(p_j·r) mod 40], p_j coprime to 40), plus
    // j·1e-9: over all rows each has the same mean |x − mean| up to 1e-9, so with equal weights their importances are tied.
    private static readonly int[] Strides = [1, 3, 7, 9, 11, 13];

    [Fact]
    public async Task Linear_model_with_distinct_weights_ranks_the_same_under_noise_and_another_background()
    {
        // φ_j = w_j (x_j − background mean): importances in the ratio 1 : 2 : … : 6, far beyond what 1 % noise moves.
        var model = new DelegateModel(Models.Features(6), x => x[0] + (2 * x[1]) + (3 * x[2]) + (4 * x[3]) + (5 * x[4]) + (6 * x[5]), ModelTask.Regression);

        var report = await CheckVerifier<ExplanationStabilityCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(),
            Model = model,
            ExpectedFindings = [ExpectedFinding.Of("XAI1006")],
        });

        Assert.Equal(1, Measure(report, "explanation_rank_agreement_noise"));
        Assert.Equal(1, Measure(report, "explanation_rank_agreement_background"));
        // The rows explained, no longer in the message, are in the evidence: explained_rows defaults to 40.
        Assert.Contains(new EvidenceMetric("explained_rows", 40), Assert.Single(report.Findings).Evidence.Metrics!);
    }

    [Fact]
    public async Task Near_tied_features_are_flagged()
    {
        var model = new DelegateModel(Models.Features(6), x => x[0] + x[1] + x[2] + x[3] + x[4] + x[5], ModelTask.Regression);

        var report = await CheckVerifier<ExplanationStabilityCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(),
            Model = model,
            ExpectedFindings = [ExpectedFinding.Of("XAI1006"), ExpectedFinding.Of("XAI1007"), ExpectedFinding.Of("XAI1007")],
        });

        Assert.True(Measure(report, "explanation_rank_agreement_noise") < 0.8);
        Assert.True(Measure(report, "explanation_rank_agreement_background") < 0.8);
    }

    [Fact]
    public async Task Tree_models_have_no_background_to_vary()
    {
        var reference = XGBoostReference.Load("xgb_regression");
        var data = Models.Table(reference.Rows);

        var report = await CheckVerifier<ExplanationStabilityCheck>.VerifyAsync(new CheckTest
        {
            Data = data,
            Model = reference.Model,
            ExpectedFindings = [ExpectedFinding.Of("XAI1006")],
        });

        Assert.True(Measure(report, "explanation_rank_agreement_noise") >= 0.8);
        Assert.DoesNotContain(report.Measurements, m => m.Name == "explanation_rank_agreement_background");
    }

    [Fact]
    public async Task Empty_evaluation_data_is_skipped_with_the_reason()
    {
        var model = new DelegateModel(Models.Features(2), x => x[0] + x[1], ModelTask.Regression);
        ExpectedFinding Skipped(string check) => ExpectedFinding.Of("XAI0004").WithMessage($"Check '{check}' was skipped: no evaluation row can be explained");

        await CheckVerifier<ExplanationStabilityCheck>.VerifyAsync(new CheckTest { Data = TestData.Table(TestData.Numeric("x0"), TestData.Numeric("x1")), Model = model, ExpectedFindings = [Skipped("ExplanationStabilityCheck")] });
        await CheckVerifier<GlobalImportanceCheck>.VerifyAsync(new CheckTest { Data = TestData.Table(TestData.Numeric("x0"), TestData.Numeric("x1")), Model = model, ExpectedFindings = [Skipped("GlobalImportanceCheck")] });
    }

    private static TabularData Table()
    {
        var random = new Random(11);
        var v = Enumerable.Range(0, Rows).Select(_ => random.NextDouble() * 10).ToArray();
        return TestData.Table([.. Enumerable.Range(0, 6).Select(j => TestData.Numeric("x" + j, [.. Enumerable.Range(0, Rows).Select(r => v[Strides[j] * r % Rows] + (j * 1e-9))]))]);
    }

    private static double Measure(AuditResult report, string name) => report.Measurements.Single(m => m.Name == name).Value;
}
