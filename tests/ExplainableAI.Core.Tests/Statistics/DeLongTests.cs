using CsCheck;
using ExplainableAI.Sdk.Statistics;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Core.Tests.Statistics;

/// <summary>DeLong's statistics: placements, the variance of one AUROC and of a paired difference, and the estimate with its interval.</summary>
public sealed class DeLongTests
{
    // Seven rows, positives 0..2. Score A: positives 0.9, 0.8, 0.4; negatives 0.7, 0.4 (tied with a positive), 0.2, 0.1.
    // Score B: positives 0.6, 0.3, 0.5; negatives 0.6 (tied), 0.2, 0.4, 0.35.
    private static readonly byte[] Positive = [1, 1, 1, 0, 0, 0, 0];
    private static readonly double[] A = [0.9, 0.8, 0.4, 0.7, 0.4, 0.2, 0.1];
    private static readonly double[] B = [0.6, 0.3, 0.5, 0.6, 0.2, 0.4, 0.35];

    [Fact]
    public void Placements_and_auroc_match_the_hand_computed_structural_components()
    {
        // By hand: A's positives beat 4, 4 and 2.5 of the 4 negatives (1, 1, 5/8); A's negatives are beaten by 2, 2.5, 3
        // and 3 of the 3 positives (2/3, 5/6, 1, 1). AUROC = mean over positives = (1 + 1 + 5/8) / 3 = 7/8.
        // B: positives 3.5/4, 1/4, 3/4; negatives 0.5/3, 3/3, 2/3, 2/3; AUROC (7/8 + 1/4 + 3/4) / 3 = 5/8.
        var a = Placements(A, out var aucA);
        var b = Placements(B, out var aucB);

        Assert.Equal([1, 1, 5 / 8.0, 2 / 3.0, 5 / 6.0, 1, 1], a);
        Assert.Equal([7 / 8.0, 1 / 4.0, 3 / 4.0, 1 / 6.0, 1, 2 / 3.0, 2 / 3.0], b);
        Assert.Equal(7 / 8.0, aucA);
        Assert.Equal(5 / 8.0, aucB);
    }

    [Fact]
    public void Variances_covariance_and_the_paired_difference_match_the_hand_computed_values()
    {
        // By hand (exact fractions), S10 over the 3 positives (denominator 2), S01 over the 4 negatives (denominator 3):
        // S10: AA 3/64, BB 7/64, AB -3/128; S01: AA 11/432, BB 17/144, AB 13/432. Var(A) = 3/64/3 + 11/432/4 = 19/864;
        // Var(B) = 7/64/3 + 17/144/4 = 19/288; Cov(A, B) = -3/128/3 + 13/432/4 = -1/3456; so
        // Var(A - B) = 19/864 + 19/288 + 2/3456 = 17/192 and z = (7/8 - 5/8) / sqrt(17/192) = 0.84017, the statistic a
        // paired DeLong test (pROC's roc.test(paired = TRUE, method = "delong")) reports for these two ROC curves.
        var a = Placements(A, out var aucA);
        var b = Placements(B, out var aucB);

        Assert.Equal(19 / 864.0, DeLong.Covariance(a, a, Positive, aucA, aucA), 15);
        Assert.Equal(19 / 288.0, DeLong.Covariance(b, b, Positive, aucB, aucB), 15);
        Assert.Equal(-1 / 3456.0, DeLong.Covariance(a, b, Positive, aucA, aucB), 15);
        Assert.Equal(17 / 192.0, DeLong.DifferenceVariance(a, b, Positive, aucA, aucB), 15);
        Assert.Equal(0.840168050, (aucA - aucB) / Math.Sqrt(DeLong.DifferenceVariance(a, b, Positive, aucA, aucB)), 9);
    }

    [Fact]
    public void Placements_equal_the_brute_force_definition_with_ties_in_any_order()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 50; trial++)
        {
            var n = random.Next(4, 40);
            var scores = Enumerable.Range(0, n).Select(_ => random.Next(6) / 5.0).ToArray();
            var positive = Enumerable.Range(0, n).Select(i => (byte)(i < 2 ? i : random.Next(2))).ToArray();

            // Ties in a shuffled order: the placements must not depend on how tied rows are ordered.
            var ascending = Enumerable.Range(0, n).OrderBy(i => scores[i]).ThenBy(_ => random.Next()).ToArray();
            var placements = new double[n];
            var auroc = DeLong.Placements(scores, positive, ascending, placements);

            Assert.Equal(BruteForce.Placements(scores, [.. positive.Select(p => p == 1)]), placements);
            Assert.Equal(BruteForce.Auroc(scores, [.. positive.Select(p => p == 1)]), auroc);
        }
    }

    [Fact]
    public void Identical_placements_have_a_difference_variance_of_exactly_zero_and_one_class_gives_NaN()
    {
        var a = Placements(A, out var aucA);

        Assert.Equal(0, DeLong.DifferenceVariance(a, a, Positive, aucA, aucA));
        Assert.True(double.IsNaN(DeLong.Placements([0.1, 0.2], [1, 1], [0, 1], new double[2])));
        Assert.True(double.IsNaN(DeLong.Covariance([1, 0.5], [1, 0.5], [1, 0], 0.75, 0.75)));
    }

    [Fact]
    public void Hand_computed_variance_on_a_tiny_case()
    {
        // Positives 0.9, 0.6, 0.4; negatives 0.7, 0.3. Placements V10 = 1, 1/2, 1/2 (AUC = 2/3); V01 = 1/3, 1.
        // S10 = ((1/3)² + (1/6)² + (1/6)²) / 2 = 1/12; S01 = ((1/3)² + (1/3)²) / 1 = 2/9.
        // Var = S10/3 + S01/2 = 1/36 + 1/9 = 5/36.
        double[] scores = [0.3, 0.4, 0.6, 0.7, 0.9];
        byte[] positive = [0, 1, 1, 0, 1];
        var estimate = DeLong.Estimate(scores, positive);
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
        var estimate = DeLong.Estimate(scores, positive);
        var variance = BruteForce.DeLongVariance(scores, Bools(positive));
        Assert.Equal(BruteForce.Auroc(scores, Bools(positive)), estimate.Value);
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
            var estimate = DeLong.Estimate(sortedScores, sortedLabels);
            Assert.Equal(BruteForce.Auroc(scores, Bools(y)), estimate.Value);
            Assert.Equal(BruteForce.DeLongVariance(scores, Bools(y)), estimate.Variance, 12);
        });
    }

    [Fact]
    public void Estimate_is_undefined_without_both_classes_and_has_no_interval_with_one_row_of_a_class()
    {
        var estimate = DeLong.Estimate([0.1, 0.2], [1, 1]);
        Assert.True(double.IsNaN(estimate.Value));

        var single = DeLong.Estimate([0.1, 0.2, 0.3], [0, 1, 1]);
        Assert.Equal(1, single.Value);
        Assert.True(double.IsNaN(single.Variance));
        Assert.False(single.Interval.HasBounds);
    }

    private static double[] Placements(double[] scores, out double auroc)
    {
        var ascending = Enumerable.Range(0, scores.Length).OrderBy(i => scores[i]).ToArray();
        var placements = new double[scores.Length];
        auroc = DeLong.Placements(scores, Positive, ascending, placements);
        return placements;
    }

    private static bool[] Bools(byte[] positive) => [.. positive.Select(p => p == 1)];
}
