using CsCheck;
using ExplainableAI.Plugins.Drift.Statistics;

namespace ExplainableAI.Plugins.Drift.Tests;

public sealed class SortedComparisonTests
{
    [Fact]
    public void One_merge_gives_the_statistic_the_distance_and_the_distinct_values()
    {
        // Pooled distinct values 1, 2, 3, 4; F₁ = 1/4, 3/4, 1, 1 and F₂ = 0, 1/2, 3/4, 1: D = 1/4,
        // W₁ = 1·|1/4 − 0| + 1·|3/4 − 1/2| + 1·|1 − 3/4| = 3/4 (scipy wasserstein_distance([1,2,2,3], [2,2,3,4]) = 0.75).
        var result = SortedComparison.Of([1, 2, 2, 3], [2, 2, 3, 4], keepValues: 3);
        Assert.Equal(0.25, result.KsStatistic);
        Assert.Equal(0.75, result.Wasserstein, 1e-15);
        Assert.Equal(4, result.DistinctValues);
        Assert.Equal([1.0, 2, 3], result.FirstValues);
    }

    [Fact]
    public void Agrees_with_the_definitions_on_random_samples_with_ties()
    {
        // D = max over pooled values of |#{x ≤ v}/n₁ − #{y ≤ v}/n₂|; u = |distinct(x ∪ y)|. Values on a grid of 0.5 force ties.
        var sample = Gen.Int[-10, 10].Select(i => i / 2.0).Array[1, 40];
        Gen.Select(sample, sample).Sample((x, y) =>
        {
            Array.Sort(x);
            Array.Sort(y);
            var pooled = x.Concat(y).Distinct().Order().ToArray();
            var expectedD = pooled.Max(v => Math.Abs(((double)x.Count(a => a <= v) / x.Length) - ((double)y.Count(b => b <= v) / y.Length)));

            var result = SortedComparison.Of(x, y);

            Assert.Equal(expectedD, result.KsStatistic, 1e-15);
            Assert.Equal(pooled.Length, result.DistinctValues);
            Assert.True(result.Wasserstein >= 0);
        }, iter: 200);
    }
}
