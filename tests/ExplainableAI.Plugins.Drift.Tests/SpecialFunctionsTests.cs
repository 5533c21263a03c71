using ExplainableAI.Plugins.Drift.Statistics;

namespace ExplainableAI.Plugins.Drift.Tests;

public sealed class SpecialFunctionsTests
{
    [Theory]
    // ln Γ(1/2) = ln √π; ln Γ(10) = ln 9! = ln 362880; ln Γ(1) = 0.
    [InlineData(0.5, 0.57236494292470008)]
    [InlineData(10, 12.801827480081469)]
    [InlineData(1, 0)]
    public void Log_gamma_matches_closed_forms(double x, double expected) =>
        Assert.Equal(expected, SpecialFunctions.LogGamma(x), 1e-13);

    [Theory]
    [InlineData(0.5)]
    [InlineData(3)]
    [InlineData(40)]
    public void Chi_square_survival_with_two_degrees_is_exp_of_minus_half_x(double x) =>
        // χ²₂ is exponential with mean 2: P(X ≥ x) = e^{−x/2}.
        Assert.Equal(Math.Exp(-x / 2), SpecialFunctions.ChiSquareSurvival(x, 2), 1e-14);

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(12)]
    public void Chi_square_survival_with_four_degrees_matches_closed_form(double x) =>
        // Q(2, x/2) = e^{−x/2}(1 + x/2).
        Assert.Equal(Math.Exp(-x / 2) * (1 + (x / 2)), SpecialFunctions.ChiSquareSurvival(x, 4), 1e-14);

    [Fact]
    public void Chi_square_critical_value_with_one_degree_gives_five_percent() =>
        // 3.841458820694124 = chi2.ppf(0.95, 1) = 1.959963984540054².
        Assert.Equal(0.05, SpecialFunctions.ChiSquareSurvival(3.841458820694124, 1), 1e-13);

    [Theory]
    // erfc(1) = 0.157299207050285130658…; erfc(0) = 1; erfc(−1) = 2 − erfc(1).
    [InlineData(1, 0.15729920705028513)]
    [InlineData(0, 1)]
    [InlineData(-1, 1.8427007929497149)]
    [InlineData(3, 2.2090496998585441e-05)]
    public void Erfc_matches_published_values(double x, double expected) =>
        Assert.Equal(expected, SpecialFunctions.Erfc(x), Math.Abs(expected) * 1e-13);

    [Fact]
    public void Normal_survival_at_the_two_sided_five_percent_point_is_two_and_a_half_percent() =>
        Assert.Equal(0.025, SpecialFunctions.NormalSurvival(1.959963984540054), 1e-14);

    [Fact]
    public void Lower_and_upper_incomplete_gamma_sum_to_one() =>
        Assert.Equal(1, SpecialFunctions.LowerRegularizedGamma(3.5, 2.25) + SpecialFunctions.UpperRegularizedGamma(3.5, 2.25), 1e-15);
}
