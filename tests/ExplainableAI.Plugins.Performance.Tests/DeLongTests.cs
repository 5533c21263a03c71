using CsCheck;

namespace ExplainableAI.Plugins.Performance.Tests;

public sealed class DeLongTests
{
    [Fact]
    public void Hand_computed_variance_on_a_tiny_case()
    {
        // Positives 0.9, 0.6, 0.4; negatives 0.7, 0.3. Placements V10 = 1, 1/2, 1/2 (AUC = 2/3); V01 = 1/3, 1.
        // S10 = ((1/3)² + (1/6)² + (1/6)²) / 2 = 1/12; S01 = ((1/3)² + (1/3)²) / 1 = 2/9.
        // Var = S10/3 + S01/2 = 1/36 + 1/9 = 5/36.
        double[] scores = [0.3, 0.4, 0.6, 0.7, 0.9];
        byte[] positive = [0, 1, 1, 0, 1];
        var estimate = DeLong.Compute(scores, positive);
        Assert.Equal(2.0 / 3, estimate.Value, 15);
        Assert.Equal(5.0 / 36, estimate.Variance, 15);
        Assert.Equal(0, estimate.Lower);
        Assert.Equal(1, estimate.Upper);
    }

    [Fact]
    public void Interval_is_auc_plus_minus_z_standard_errors()
    {
        double[] scores = [0.1, 0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9, 0.95];
        byte[] positive = [0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1];
        var estimate = DeLong.Compute(scores, positive);
        var variance = BruteForce.DeLongVariance(scores, positive);
        Assert.Equal(BruteForce.Auroc(scores, positive), estimate.Value, 14);
        Assert.Equal(variance, estimate.Variance, 14);
        Assert.Equal(estimate.Value - (1.959963984540054 * Math.Sqrt(variance)), estimate.Lower, 14);
        Assert.Equal(Math.Min(1, estimate.Value + (1.959963984540054 * Math.Sqrt(variance))), estimate.Upper, 14);
    }

    [Fact]
    public void Matches_brute_force_mann_whitney_and_placements_with_ties()
    {
        // Scores on a coarse grid so that ties between and within classes are common.
        Gen.Select(Gen.Int[0, 5].Array[4, 60], Gen.Byte[0, 1].Array[60]).Sample((grid, labels) =>
        {
            var y = labels[..grid.Length];
            if (y.Count(v => v == 1) < 2 || y.Count(v => v == 0) < 2)
            {
                return;
            }

            var scores = grid.Select(g => g / 5.0).ToArray();
            var sortedScores = scores.ToArray();
            var sortedLabels = y.ToArray();
            Array.Sort(sortedScores, sortedLabels);
            var estimate = DeLong.Compute(sortedScores, sortedLabels);
            Assert.Equal(BruteForce.Auroc(scores, y), estimate.Value, 12);
            Assert.Equal(BruteForce.DeLongVariance(scores, y), estimate.Variance, 12);
        });
    }

    [Fact]
    public void Undefined_without_both_classes()
    {
        var estimate = DeLong.Compute([0.1, 0.2], [1, 1]);
        Assert.True(double.IsNaN(estimate.Value));
    }
}
