using ExplainableAI.Plugins.Drift.Statistics;

namespace ExplainableAI.Plugins.Drift.Tests;

public sealed class KolmogorovDistributionTests
{
    [Theory]
    [InlineData(10, 0.08)]
    [InlineData(200, 0.004)]
    public void Lower_end_matches_ruben_gambino(int n, double x)
    {
        // For 1/(2n) ≤ x ≤ 1/n: P(Dₙ ≤ x) = n!/nⁿ · (2nx − 1)ⁿ.
        var logCdf = SpecialFunctions.LogGamma(n + 1) - (n * Math.Log(n)) + (n * Math.Log((2 * n * x) - 1));
        Assert.Equal(1 - Math.Exp(logCdf), KolmogorovDistribution.Survival(n, x), 1e-12);
    }

    [Theory]
    [InlineData(5, 0.9)]
    [InlineData(50, 0.99)]
    public void Upper_end_matches_ruben_gambino(int n, double x) =>
        // For x ≥ 1 − 1/n: P(Dₙ ≥ x) = 2(1 − x)ⁿ.
        Assert.Equal(2 * Math.Pow(1 - x, n), KolmogorovDistribution.Survival(n, x), 1e-15);

    [Fact]
    public void One_sample_of_one_value_is_uniform_on_the_upper_half()
    {
        // D₁ = max(U, 1 − U): P(D₁ ≥ x) = 2(1 − x) for 1/2 ≤ x ≤ 1.
        Assert.Equal(0.6, KolmogorovDistribution.Survival(1, 0.7), 1e-15);
    }

    [Fact]
    public void Smirnov_tail_matches_hand_computed_birnbaum_tingey_sum()
    {
        // n = 2, x = 0.4: v = 0: 0.4·(0.4)^{−1}·0.6² = 0.36; v = 1: 0.4·2·(0.9)^0·0.1 = 0.08; total 0.44.
        Assert.Equal(0.44, KolmogorovDistribution.SmirnovSurvival(2, 0.4), 1e-15);
    }

    [Theory]
    [InlineData(60, 0.1)]
    [InlineData(120, 0.12)]
    [InlineData(1000, 0.02)]
    [InlineData(5000, 0.012)]
    public void Survival_is_near_the_kolmogorov_limit_for_large_n(int n, double x)
    {
        // P(√n·Dₙ ≥ t) → 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²t²}, with an error of order 1/√n.
        var t = Math.Sqrt(n) * x;
        var limit = 0.0;
        for (var k = 1; k < 100; k++)
        {
            limit += 2 * (k % 2 == 1 ? 1 : -1) * Math.Exp(-2 * k * k * t * t);
        }

        Assert.Equal(limit, KolmogorovDistribution.Survival(n, x), 0.6 / Math.Sqrt(n));
    }

    [Fact]
    public void Survival_is_continuous_where_methods_switch()
    {
        // n = 1000: the Durbin matrix (n·x^1.5 ≤ 1.4) hands over to Pelz–Good; n·x² = 2.2 hands over to 2·Smirnov.
        var durbinToPelzGood = Math.Pow(1.4 / 1000, 1 / 1.5);
        Assert.Equal(KolmogorovDistribution.Survival(1000, durbinToPelzGood - 1e-9), KolmogorovDistribution.Survival(1000, durbinToPelzGood + 1e-9), 1e-6);
        var pelzGoodToSmirnov = Math.Sqrt(2.2 / 1000);
        Assert.Equal(KolmogorovDistribution.Survival(1000, pelzGoodToSmirnov - 1e-9), KolmogorovDistribution.Survival(1000, pelzGoodToSmirnov + 1e-9), 1e-6);
    }
}
