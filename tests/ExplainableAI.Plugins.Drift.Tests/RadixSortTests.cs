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

    [Fact]
    public void Sorted_non_missing_drops_nan_and_reads_only_the_given_rows()
    {
        // 10,000 values (radix path), every 7th missing; the even rows only.
        var random = new Random(7);
        var values = Enumerable.Range(0, 10_000).Select(i => i % 7 == 0 ? double.NaN : Math.Round((random.NextDouble() * 200) - 100, 2)).ToArray();
        var rows = Enumerable.Range(0, 5_000).Select(i => 2 * i).ToArray();
        var expected = rows.Select(r => values[r]).Where(v => !double.IsNaN(v)).Order().ToArray();

        var sorted = RadixSort.SortedNonMissing(values, rows, out var count);

        Assert.Equal(expected, sorted[..count]);
        System.Buffers.ArrayPool<double>.Shared.Return(sorted);
    }

    [Fact]
    public void Sorted_non_missing_of_one_repeated_value_skips_every_pass()
    {
        var sorted = RadixSort.SortedNonMissing(Enumerable.Repeat(-2.5, 5000).Append(double.NaN).ToArray(), null, out var count);
        Assert.Equal(5000, count);
        Assert.All(sorted[..count], v => Assert.Equal(-2.5, v));
        System.Buffers.ArrayPool<double>.Shared.Return(sorted);
    }
}
