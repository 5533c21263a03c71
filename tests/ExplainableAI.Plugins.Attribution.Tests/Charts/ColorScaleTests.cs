namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class ColorScaleTests
{
    [Fact]
    public void Scales_between_5th_and_95th_percentiles_and_clamps()
    {
        // 0..100: percentiles 5 and 95 exactly.
        var scale = ColorScale.Of(Enumerable.Range(0, 101).Select(i => (double)i));

        Assert.Equal(0, scale.Scale(2));
        Assert.Equal(0.5, scale.Scale(50), 12);
        Assert.Equal(1, scale.Scale(99));
        Assert.True(double.IsNaN(scale.Scale(double.NaN)));
    }

    [Fact]
    public void Falls_back_to_min_max_then_to_the_middle()
    {
        // 20 zeros and one 10: both percentiles are 0, so the range is min–max.
        var skewed = ColorScale.Of([.. Enumerable.Repeat(0.0, 20), 10]);
        Assert.Equal(0.5, skewed.Scale(5), 12);
        Assert.Equal(0.5, ColorScale.Of([3, 3, 3]).Scale(3));
    }
}
