using CsCheck;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Core.Tests.Statistics;

public sealed class QuantileTests
{
    [Theory]
    // numpy: np.quantile(np.arange(1, 11), q) at h = 9q.
    [InlineData(0.1, 1.9)]
    [InlineData(0.5, 5.5)]
    [InlineData(0.9, 9.1)]
    [InlineData(1.0, 10)]
    [InlineData(0.0, 1)]
    public void Linear_matches_numpy(double q, double expected)
    {
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        Assert.Equal(expected, Quantile.Linear(values, q), 1e-14);
    }

    [Fact]
    public void Linear_is_the_minimum_and_maximum_at_the_ends_and_monotone_in_q() =>
        Gen.Double[-1e6, 1e6].Array[1, 30].Sample(values =>
        {
            Array.Sort(values);
            Assert.Equal(values[0], Quantile.Linear(values, 0));
            Assert.Equal(values[^1], Quantile.Linear(values, 1));

            // numpy's lerp from the nearer end keeps the interpolation monotone where a + t(b − a) can step back.
            var previous = double.NegativeInfinity;
            for (var q = 0.0; q <= 1; q += 0.01)
            {
                var x = Quantile.Linear(values, q);
                Assert.True(x >= previous, $"not monotone at q = {q}");
                previous = x;
            }
        });

    [Fact]
    public void An_empty_sample_is_a_programmer_error() =>
        Assert.Throws<ArgumentException>(() => Quantile.Linear([], 0.5));

    [Fact]
    public void Ecdf_counts_ties_at_the_point()
    {
        // 1, 2, 2, 3: F(0) = 0, F(1) = 1/4, F(2) = 3/4 (both 2s), F(2.5) = 3/4, F(3) = 1.
        double[] sorted = [1, 2, 2, 3];
        Assert.Equal([0, 1, 3, 3, 4], new[] { 0, 1, 2, 2.5, 3 }.Select(x => Ecdf.CountAtOrBelow(sorted, x)));
        Assert.Equal(0.75, Ecdf.At(sorted, 2));
        Assert.True(double.IsNaN(Ecdf.At([], 2)));
    }
}
