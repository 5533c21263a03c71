using ExplainableAI.Plugins.Drift.Statistics;

namespace ExplainableAI.Plugins.Drift.Tests;

public sealed class EcdfPointsTests
{
    [Fact]
    public void Small_sample_keeps_every_distinct_value_with_ties_counted()
    {
        // F(1) = 1/4, F(2) = 3/4 (both 2s), F(3) = 1.
        var points = EcdfPoints.Of([1, 2, 2, 3], 200);
        Assert.Equal([1.0, 2, 3], points.X);
        Assert.Equal([0.25, 0.75, 1], points.Y);
    }

    [Fact]
    public void Large_sample_is_subsampled_at_evenly_spaced_ranks()
    {
        // 0 … 999: the ranks are round(k·999/199); k = 1 → round(5.02) = 5, F(5) = 6/1000; k = 100 → round(502.01) = 502.
        var sorted = Enumerable.Range(0, 1000).Select(i => (double)i).ToArray();
        var points = EcdfPoints.Of(sorted, 200);
        Assert.Equal(200, points.X.Count);
        Assert.Equal(0, points.X[0]);
        Assert.Equal(0.001, points.Y[0]);
        Assert.Equal(5, points.X[1]);
        Assert.Equal(0.006, points.Y[1], 1e-15);
        Assert.Equal(502, points.X[100]);
        Assert.Equal(999, points.X[^1]);
        Assert.Equal(1, points.Y[^1]);
    }

    [Fact]
    public void Empty_sample_has_no_points() => Assert.Empty(EcdfPoints.Of([], 200).X);
}
