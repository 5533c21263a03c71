using CsCheck;
using ExplainableAI.Sdk.Statistics;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Core.Tests.Statistics;

public sealed class AurocTests
{
    // Small integer scores make ties common, which is where rank formulas usually go wrong.
    private static readonly Gen<(double[] Scores, bool[] Positive)> Samples =
        Gen.Int[1, 40].SelectMany(n => Gen.Select(Gen.Int[0, 5].Select(v => (double)v).Array[n], Gen.Bool.Array[n]))
            .Where(s => s.Item2.Contains(true) && s.Item2.Contains(false));

    [Fact]
    public void Equals_the_brute_force_count_over_all_pairs_to_the_last_bit() =>
        // Every overload counts whole and half wins exactly and divides once, as the brute force does: the same double,
        // which is why the plugins' former copies (rank sums, per-run counts, weighted runs) all gave the same numbers.
        Samples.Sample((scores, positive) =>
        {
            var expected = BruteForce.Auroc(scores, positive);
            Assert.Equal(expected, Auroc.Of(scores, positive));
            Assert.Equal(expected, Auroc.Of(scores, Labels(positive)));
        });

    [Fact]
    public void Negating_the_scores_gives_one_minus_the_auroc() =>
        Samples.Sample((scores, positive) =>
            Assert.Equal(1 - Auroc.Of(scores, positive), Auroc.Of([.. scores.Select(s => -s)], positive), 12));

    [Fact]
    public void Rows_weighted_by_counts_over_an_order_sorted_once_equal_the_rows_written_out() =>
        Samples.SelectMany(s => Gen.Int[0, 3].Array[s.Scores.Length].Select(counts => (s.Scores, s.Positive, counts))).Sample((scores, positive, counts) =>
        {
            // Written out: row r appears counts[r] times (ties between copies included).
            var rows = Enumerable.Range(0, scores.Length).SelectMany(r => Enumerable.Repeat(r, counts[r])).ToArray();
            var expected = Auroc.Of([.. rows.Select(r => scores[r])], [.. rows.Select(r => positive[r])]);
            var order = Enumerable.Range(0, scores.Length).OrderBy(r => scores[r]).ToArray();
            var actual = Auroc.OfSorted([.. order.Select(r => scores[r])], [.. order.Select(r => positive[r] ? (byte)1 : (byte)0)], [.. order.Select(r => counts[r])]);
            Assert.Equal(expected, actual);
        });

    [Fact]
    public void Level_rates_give_the_auroc_of_the_rate_scores()
    {
        var gen = Gen.Int[1, 40].SelectMany(n => Gen.Select(Gen.Int[0, 4].Array[n], Gen.Bool.Array[n]))
            .Where(s => s.Item2.Contains(true) && s.Item2.Contains(false));
        gen.Sample((levels, positive) =>
        {
            var p = new long[5];
            var q = new long[5];
            for (var i = 0; i < levels.Length; i++)
            {
                (positive[i] ? p : q)[levels[i]]++;
            }

            var rates = levels.Select(l => (double)p[l] / (p[l] + q[l])).ToArray();
            Assert.Equal(BruteForce.Auroc(rates, positive), Auroc.OfLevelRates(p, q), 12);
        });
    }

    [Fact]
    public void Ties_count_half()
    {
        // Positives 0.8, 0.5; negatives 0.5, 0.2: pairs (0.8 > 0.5), (0.8 > 0.2), (0.5 = 0.5 → ½), (0.5 > 0.2) → 3.5/4.
        Assert.Equal(0.875, Auroc.Of([0.8, 0.5, 0.5, 0.2], [true, true, false, false]));
    }

    [Fact]
    public void Is_undefined_without_both_classes()
    {
        Assert.True(double.IsNaN(Auroc.Of([1, 2], [(byte)1, (byte)1])));
        Assert.True(double.IsNaN(Auroc.OfSorted([1, 2], [1, 0], [0, 3])));
        Assert.True(double.IsNaN(Auroc.OfLevelRates([0, 0], [1, 2])));
    }

    [Fact]
    public void Mismatched_lengths_are_a_programmer_error() =>
        Assert.Throws<ArgumentException>(() => Auroc.Of([1, 2, 3], [(byte)1, (byte)0]));

    [Fact]
    public void Hanley_mcneil_interval_matches_hand_computation()
    {
        // A = 0.8, n₁ = n₂ = 50: Q₁ = 0.8/1.2 = 2/3, Q₂ = 1.28/1.8; SE² = (0.16 + 49(2/3 − 0.64) + 49(1.28/1.8 − 0.64))/2500.
        var se = Math.Sqrt((0.16 + (49 * ((2.0 / 3) - 0.64)) + (49 * ((1.28 / 1.8) - 0.64))) / 2500);
        var (lower, upper) = Auroc.HanleyMcNeilInterval(0.8, 50, 50);
        Assert.Equal(0.8 - (1.959963984540054 * se), lower, 1e-12);
        Assert.Equal(0.8 + (1.959963984540054 * se), upper, 1e-12);
    }

    [Fact]
    public void Hanley_mcneil_interval_of_a_perfect_ranking_has_no_width()
    {
        // A = 1: Q₁ = 1/(2 − 1) = 1 and Q₂ = 2/(1 + 1) = 1, so every term of SE² is 0 whatever the class sizes.
        Assert.Equal((1.0, 1.0), Auroc.HanleyMcNeilInterval(1, 7, 3));
    }

    private static byte[] Labels(bool[] positive) => [.. positive.Select(p => p ? (byte)1 : (byte)0)];
}
