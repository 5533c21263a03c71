namespace ExplainableAI.Plugins.Performance.Tests;

public sealed class CalibrationKernelTests
{
    [Fact]
    public void Perfectly_calibrated_saturated_case_has_slope_one_and_intercept_zero()
    {
        // Two distinct scores whose observed rates equal them (1 of 4 at 0.25, 3 of 4 at 0.75): the two-parameter model is
        // saturated, so its fit reproduces the rates exactly, a = 0 and b = 1; and Σ(y − score) = 0 gives intercept 0.
        double[] scores = [0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75];
        byte[] positive = [1, 0, 0, 0, 1, 1, 1, 0];
        var (slope, intercept) = LogisticRecalibration.Fit(scores, positive);
        Assert.Equal(1, slope.Value, 9);
        Assert.Equal(0, intercept.Value, 9);
        // Brier: each score group contributes 0.75²·1 + 0.25²·3 = 0.75 over 4 rows → 1.5 / 8.
        Assert.Equal(0.1875, Brier.Compute(scores, positive).Value, 15);
        Assert.Equal(0, ReliabilityBins.Compute(scores, positive, 10).Ece, 15);
    }

    [Fact]
    public void Intercept_is_the_log_odds_gap_when_every_score_is_the_same()
    {
        // All scores 0.5 (x = 0): logit P(y) = a + 0 gives a = logit(3/10) = ln(3/7); the slope is not identifiable.
        double[] scores = [.. Enumerable.Repeat(0.5, 10)];
        byte[] positive = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
        var (slope, intercept) = LogisticRecalibration.Fit(scores, positive);
        Assert.Equal(Math.Log(3.0 / 7), intercept.Value, 9);
        // Wald SE = 1/sqrt(Σ μ(1 − μ)) = 1/sqrt(10 · 0.21).
        Assert.Equal(Math.Log(3.0 / 7) - (1.959963984540054 / Math.Sqrt(2.1)), intercept.Lower, 9);
        Assert.True(double.IsNaN(slope.Value));
    }

    [Fact]
    public void Recovers_a_known_logistic_recalibration_model()
    {
        // Scores s = sigmoid(x), x ~ N(0, 1.5²); outcomes drawn from logit P(y) = −0.3 + 0.6x. The MLE is within a few
        // standard errors (about 0.006 for b, 0.005 for a at n = 200 000) of the truth.
        var random = new Random(5);
        const int n = 200_000;
        var scores = new double[n];
        var positive = new byte[n];
        for (var i = 0; i < n; i++)
        {
            var x = 1.5 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            scores[i] = 1 / (1 + Math.Exp(-x));
            positive[i] = random.NextDouble() < 1 / (1 + Math.Exp(-(-0.3 + (0.6 * x)))) ? (byte)1 : (byte)0;
        }

        var (slope, _) = LogisticRecalibration.Fit(scores, positive);
        Assert.InRange(slope.Value, 0.6 - 0.025, 0.6 + 0.025);
        Assert.True(slope.Lower < 0.6 + 0.01 && slope.Upper > 0.6 - 0.01);
    }

    [Fact]
    public void Ece_by_hand_over_ten_bins()
    {
        // Bins: [0, .1) holds 0.05 (obs 0) → .05·1/4; [.1, .2) holds 0.15, 0.15 (obs 1/2) → .35·2/4; [.9, 1] holds 0.95 (obs 1) → .05·1/4.
        double[] scores = [0.05, 0.15, 0.15, 0.95];
        byte[] positive = [0, 1, 0, 1];
        Assert.Equal(0.2, ReliabilityBins.Compute(scores, positive, 10).Ece, 15);
    }
}
