using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Core.Tests.Statistics;

public sealed class WilsonTests
{
    [Theory]
    // Newcombe (1998), Statistics in Medicine 17:857, Table II, method 3 (score interval without continuity correction).
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Matches_newcombe_published_intervals(long successes, long trials, double lower, double upper)
    {
        var interval = Wilson.Proportion(successes, trials);
        Assert.Equal(successes / (double)trials, interval.Value, 15);
        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
    }

    [Fact]
    public void Closed_form_for_eight_of_ten()
    {
        // z² = 3.841459; centre = (0.8 + z²/20) / (1 + z²/10); half = z/(1 + z²/10) · sqrt(0.016 + z²/400).
        const double z = 1.959963984540054;
        var d = 1 + (z * z / 10);
        var centre = (0.8 + (z * z / 20)) / d;
        var half = z / d * Math.Sqrt(0.016 + (z * z / 400));
        var interval = Wilson.Proportion(8, 10);
        Assert.Equal(centre - half, interval.Lower, 15);
        Assert.Equal(centre + half, interval.Upper, 15);
        Assert.Equal(0.4902, interval.Lower, 4);
        Assert.Equal(0.9433, interval.Upper, 4);
    }

    [Fact]
    public void Eighteen_of_eighteen_does_not_collapse_at_one()
    {
        // p = 1: centre − half = (1 + z²/2n − z²/2n) / (1 + z²/n) = n / (n + z²); centre + half = 1. A percentile bootstrap
        // of 18 of 18 gives [1, 1]; the Wilson interval says the TPR may be as low as 0.8241.
        const double z = 1.959963984540054;
        var interval = Wilson.Proportion(18, 18);
        Assert.Equal(1, interval.Value);
        Assert.Equal(18 / (18 + (z * z)), interval.Lower, 15);
        Assert.Equal(1, interval.Upper, 15);
        Assert.Equal(0.8241, interval.Lower, 4);
        Assert.False(interval.IsDegenerate);
    }

    [Fact]
    public void No_trials_is_undefined() => Assert.True(double.IsNaN(Wilson.Proportion(0, 0).Value));
}
