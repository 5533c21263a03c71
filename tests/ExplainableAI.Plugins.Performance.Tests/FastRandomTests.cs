namespace ExplainableAI.Plugins.Performance.Tests;

public sealed class FastRandomTests
{
    [Fact]
    public void Same_seed_same_stream_and_draws_are_uniform_below_the_bound()
    {
        var first = new FastRandom(new Random(7));
        var second = new FastRandom(new Random(7));
        var counts = new int[7];
        for (var i = 0; i < 70_000; i++)
        {
            var draw = first.NextBelow(7);
            Assert.Equal(draw, second.NextBelow(7));
            counts[draw]++;
        }

        // Each of the 7 values expects 10,000 draws (sd ≈ 93): all within 5 sd.
        Assert.All(counts, c => Assert.InRange(c, 9_535, 10_465));
        Assert.Equal(0, new FastRandom(new Random(1)).NextBelow(1));
    }
}
