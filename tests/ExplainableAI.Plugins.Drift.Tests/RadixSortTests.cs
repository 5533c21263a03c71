using CsCheck;
using ExplainableAI.Plugins.Drift.Statistics;

namespace ExplainableAI.Plugins.Drift.Tests;

public sealed class RadixSortTests
{
    [Fact]
    public void Sorts_like_array_sort_including_negatives_zeros_and_infinities()
    {
        // Above the small-array cutoff so the radix path runs; ties, signs, subnormals and infinities mixed in.
        double[] special = [0.0, -0.0, 1.5, -1.5, double.Epsilon, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue];
        Gen.Select(Gen.Double[-1e6, 1e6], Gen.Int[0, special.Length - 1].Select(i => special[i]), Gen.Bool)
            .Select(t => t.Item3 ? t.Item1 : t.Item2)
            .Array[5000, 6000]
            .Sample(values =>
            {
                var expected = (double[])values.Clone();
                Array.Sort(expected);
                var actual = (double[])values.Clone();
                RadixSort.Sort(actual);
                // Compare by value: −0 and +0 are equal, as in every statistic.
                Assert.Equal(expected, actual);
            }, iter: 20);
    }
}
