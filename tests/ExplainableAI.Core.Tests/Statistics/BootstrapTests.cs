using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Core.Tests.Statistics;

public sealed class BootstrapTests
{
    [Fact]
    public void Poisson_weights_have_mean_and_variance_one()
    {
        var random = new Random(9);
        var draws = Enumerable.Range(0, 200000).Select(_ => (double)Bootstrap.PoissonWeight(random)).ToArray();
        var mean = draws.Average();

        Assert.InRange(mean, 0.99, 1.01);
        Assert.InRange(draws.Average(d => (d - mean) * (d - mean)), 0.98, 1.02);
    }

    [Fact]
    public void Poisson_weights_follow_the_probabilities_of_k()
    {
        // P(K = k) = e⁻¹/k!: 0.3679, 0.3679, 0.1839, 0.0613 for k = 0 … 3; 400,000 draws put each share within 0.003.
        var random = new Random(StableSeed.Derive(1, "poisson"));
        var counts = new int[8];
        const int draws = 400000;
        for (var i = 0; i < draws; i++)
        {
            counts[Math.Min(Bootstrap.PoissonWeight(random), 7)]++;
        }

        for (var k = 0; k <= 3; k++)
        {
            var expected = Math.Exp(-1) / Enumerable.Range(1, k).Aggregate(1.0, (f, j) => f * j);
            Assert.Equal(expected, counts[k] / (double)draws, 0.003);
        }
    }

    [Fact]
    public void Poisson_weights_repeat_with_the_seed() =>
        Assert.Equal(Draw(StableSeed.Derive(7, "check")), Draw(StableSeed.Derive(7, "check")));

    [Fact]
    public void Percentile_interval_interpolates_the_2_5th_and_97_5th_percentiles_and_leaves_out_NaN()
    {
        // 41 numbers 0 … 40 and two NaN: h = 40q, so the 2.5th percentile is 1 and the 97.5th 39 exactly.
        double[] replicates = [.. Enumerable.Range(0, 41).Reverse().Select(i => (double)i), double.NaN, double.NaN];

        var interval = Bootstrap.PercentileInterval(20, replicates);

        Assert.Equal(20, interval.Value);
        Assert.Equal(1, interval.Lower, 12);
        Assert.Equal(39, interval.Upper, 12);
    }

    [Fact]
    public void Percentile_interval_between_order_statistics_is_linear()
    {
        // 0, 10, 20, 30, 40 (n = 5): h = 4 · 0.025 = 0.1 → 1; h = 3.9 → 30 + 0.9 · 10 = 39.
        var interval = Bootstrap.PercentileInterval(0.5, [40, 0, 30, 10, 20]);

        Assert.Equal(1, interval.Lower, 12);
        Assert.Equal(39, interval.Upper, 12);
    }

    [Fact]
    public void Percentile_interval_without_replicates_or_estimate_has_no_bounds()
    {
        Assert.False(Bootstrap.PercentileInterval(0.5, [double.NaN]).HasBounds);
        Assert.False(Bootstrap.PercentileInterval(double.NaN, [1, 2]).HasBounds);
    }

    [Fact]
    public void An_interval_of_one_point_is_degenerate_and_published_without_bounds()
    {
        var collapsed = new Interval(1, 1, 1);

        Assert.True(collapsed.IsDegenerate);
        Assert.Equal(Interval.PointOnly(1), collapsed.Published);
        Assert.Null(collapsed.Published.LowerOrNull);
    }

    private static int[] Draw(int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, 50).Select(_ => Bootstrap.PoissonWeight(random))];
    }
}
