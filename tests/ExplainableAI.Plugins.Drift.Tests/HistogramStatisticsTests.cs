using ExplainableAI.Plugins.Drift.Statistics;

namespace ExplainableAI.Plugins.Drift.Tests;

public sealed class HistogramStatisticsTests
{
    [Fact]
    public void Wasserstein_matches_hand_computation()
    {
        // u = 3.4, 3.9, 7.5, 7.8; v = 1.4, 4.5. Between pooled values |F_u − F_v| × width:
        // [1.4, 3.4]: 0.5·2 = 1; [3.4, 3.9]: 0.25·0.5 = 0.125; [3.9, 4.5]: 0; [4.5, 7.5]: 0.5·3 = 1.5; [7.5, 7.8]: 0.25·0.3 = 0.075.
        Assert.Equal(2.7, Wasserstein.Distance([3.4, 3.9, 7.5, 7.8], [1.4, 4.5]), 1e-14);
    }

    [Fact]
    public void Wasserstein_of_shifted_samples_is_the_shift() =>
        // scipy's documented example: wasserstein_distance([0, 1, 3], [5, 6, 8]) = 5.0.
        Assert.Equal(5.0, Wasserstein.Distance([0, 1, 3], [5, 6, 8]), 1e-14);

    [Fact]
    public void Normed_wasserstein_divides_by_population_std_with_a_floor()
    {
        // std of 1, 2, 3, 4 (ddof 0) = √1.25.
        Assert.Equal(Math.Sqrt(1.25), Wasserstein.PopulationStandardDeviation([1, 2, 3, 4]), 1e-15);
        Assert.Equal(2 / Math.Sqrt(1.25), Wasserstein.Normed(2, Math.Sqrt(1.25)), 1e-15);
        Assert.Equal(2000, Wasserstein.Normed(2, 0), 1e-9);
    }

    [Fact]
    public void Duplicate_decile_edges_are_merged_and_bins_are_right_closed()
    {
        // Reference 1 ×6, 2 ×4, virtual index h = 9q: q ≤ 0.5 → 1; q = 0.6 → h = 5.4 → 1 + 0.4·(2 − 1) = 1.4;
        // q ≥ 0.7 → 2. Distinct edges: 1, 1.4, 2.
        double[] reference = [1, 1, 1, 1, 1, 1, 2, 2, 2, 2];
        var edges = Quantiles.InnerDecileEdges(reference);
        Assert.Equal(3, edges.Length);
        Assert.Equal(1, edges[0]);
        Assert.Equal(1.4, edges[1], 1e-15);
        Assert.Equal(2, edges[2]);
        // Right-closed: 1 falls in (−∞, 1], 2 in (1.4, 2], 3 in (2, ∞).
        Assert.Equal([6L, 0, 4, 0], Quantiles.CountInBins(reference, edges));
        Assert.Equal([1L, 0, 1, 1], Quantiles.CountInBins([1, 2, 3], edges));
    }

    [Fact]
    public void Psi_clips_empty_bins_to_the_floor()
    {
        // Reference 1…10 puts one value in each decile bin (shares 0.1). Current: five 1s and five 10s → shares 0.5 in the
        // first and last bin, 0 (clipped to 1e-4) in the eight others.
        // PSI = 2·(0.5 − 0.1)·ln 5 + 8·(1e-4 − 0.1)·ln(1e-4 / 0.1).
        double[] reference = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        double[] current = [1, 1, 1, 1, 1, 10, 10, 10, 10, 10];
        var edges = Quantiles.InnerDecileEdges(reference);
        var psi = Divergence.Psi(Quantiles.CountInBins(reference, edges), Quantiles.CountInBins(current, edges));
        var expected = (2 * 0.4 * Math.Log(5)) + (8 * (1e-4 - 0.1) * Math.Log(1e-3));
        Assert.Equal(expected, psi, 1e-12);
    }

    [Fact]
    public void Jensen_shannon_of_identical_histograms_is_zero() =>
        Assert.Equal(0, Divergence.JensenShannon([3, 5, 0, 2], [6, 10, 0, 4]));

    [Fact]
    public void Jensen_shannon_of_disjoint_histograms_is_root_ln_two() =>
        // m = (p + q)/2 halves each mass: each KL is ln 2, so the distance is √((ln 2 + ln 2)/2).
        Assert.Equal(Math.Sqrt(Math.Log(2)), Divergence.JensenShannon([4, 0], [0, 7]), 1e-15);

    [Fact]
    public void Jensen_shannon_matches_hand_computation()
    {
        // p = (0.5, 0.5), q = (1, 0): m = (0.75, 0.25). KL(p‖m) = 0.5 ln(2/3) + 0.5 ln 2; KL(q‖m) = ln(4/3).
        var expected = Math.Sqrt(((0.5 * Math.Log(2.0 / 3)) + (0.5 * Math.Log(2)) + Math.Log(4.0 / 3)) / 2);
        Assert.Equal(expected, Divergence.JensenShannon([1, 1], [2, 0]), 1e-15);
    }

    [Fact]
    public void Chi_square_of_homogeneity_matches_hand_computation()
    {
        // Reference 10, 20, 30 and current 30, 20, 10: every expected count is 20, X² = 2·(100 + 0 + 100)/20 = 20,
        // 2 degrees of freedom, p = e^{−10}.
        var result = HomogeneityTests.ChiSquare([10, 20, 30], [30, 20, 10]);
        Assert.Equal(20, result.Statistic, 1e-12);
        Assert.Equal(2, result.DegreesOfFreedom);
        Assert.Equal(Math.Exp(-10), result.PValue, 1e-18);
    }

    [Fact]
    public void Chi_square_drops_categories_empty_in_both_samples()
    {
        var result = HomogeneityTests.ChiSquare([10, 0, 20, 30], [30, 0, 20, 10]);
        Assert.Equal(20, result.Statistic, 1e-12);
        Assert.Equal(2, result.DegreesOfFreedom);
    }

    [Fact]
    public void Two_proportion_z_test_matches_hand_computation()
    {
        // 10/20 vs 15/20: pooled 0.625, SE = √(0.625·0.375·(1/20 + 1/20)) = √0.0234375, z = −0.25/SE = −1.63299…;
        // p = 2Φ(−|z|) = erfc(|z|/√2).
        var z = 0.25 / Math.Sqrt(0.0234375);
        Assert.Equal(SpecialFunctions.Erfc(z / Math.Sqrt(2)), HomogeneityTests.TwoProportionPValue(10, 20, 15, 20), 1e-15);
        Assert.InRange(HomogeneityTests.TwoProportionPValue(10, 20, 15, 20), 0.1024, 0.1025);
        Assert.Equal(1, HomogeneityTests.TwoProportionPValue(7, 14, 5, 10), 1e-15);
    }
}
