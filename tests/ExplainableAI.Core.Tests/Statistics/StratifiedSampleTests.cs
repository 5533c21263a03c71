using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Core.Tests.Statistics;

public sealed class StratifiedSampleTests
{
    [Fact]
    public void Each_label_keeps_its_share_by_largest_remainder()
    {
        // 1,000 rows: 100 positive, 880 negative, 20 without a label. A sample of 55 has exact shares 5.5, 48.4 and 1.1:
        // floors 5, 48, 1 (54) and the one row left goes to the largest remainder, the positives: 6, 48, 1.
        var outcomes = Enumerable.Range(0, 1000).Select(r => r < 100 ? (byte)1 : r < 980 ? (byte)0 : BinaryLabel.Missing).ToArray();

        var sample = StratifiedSample.Draw(outcomes, outcomes.Length, 55, new Random(1));

        Assert.Equal(55, sample.Length);
        Assert.Equal(6, sample.Count(r => outcomes[r] == 1));
        Assert.Equal(48, sample.Count(r => outcomes[r] == 0));
        Assert.Equal(1, sample.Count(r => outcomes[r] == BinaryLabel.Missing));
        Assert.Equal(sample.Order(), sample);
        Assert.Equal(sample.Length, sample.Distinct().Count());
    }

    [Fact]
    public void The_same_seed_draws_the_same_rows_and_another_seed_others()
    {
        var outcomes = Enumerable.Range(0, 5000).Select(r => (byte)(r % 3 == 0 ? 1 : 0)).ToArray();

        var first = StratifiedSample.Draw(outcomes, outcomes.Length, 700, new Random(42));

        Assert.Equal(first, StratifiedSample.Draw(outcomes, outcomes.Length, 700, new Random(42)));
        Assert.NotEqual(first, StratifiedSample.Draw(outcomes, outcomes.Length, 700, new Random(43)));
    }

    [Fact]
    public void A_sample_at_least_as_large_as_the_data_is_every_row_and_no_label_is_one_stratum()
    {
        Assert.Equal([0, 1, 2], StratifiedSample.Draw([1, 0, 1], 3, 3, new Random(1)));
        Assert.Equal(4, StratifiedSample.Draw(null, 10, 4, new Random(1)).Length);
    }
}
