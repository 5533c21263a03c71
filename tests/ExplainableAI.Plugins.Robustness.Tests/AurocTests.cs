using CsCheck;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class AurocTests
{
    // Small integer scores make ties common, which is where rank formulas usually go wrong.
    private static readonly Gen<(double[] Scores, bool[] Positive)> Samples =
        Gen.Int[1, 40].SelectMany(n => Gen.Select(Gen.Int[0, 5].Select(v => (double)v).Array[n], Gen.Bool.Array[n]))
            .Where(s => s.Item2.Contains(true) && s.Item2.Contains(false));

    [Fact]
    public void Matches_brute_force_over_all_pairs() =>
        Samples.Sample((scores, positive) =>
            Assert.Equal(BruteForce.Auroc(scores, positive), Auroc.FromScores([.. scores], Labels(positive)), 12));

    [Fact]
    public void Negating_the_scores_gives_one_minus_the_auroc() =>
        Samples.Sample((scores, positive) =>
            Assert.Equal(1 - Auroc.FromScores([.. scores], Labels(positive)), Auroc.FromScores([.. scores.Select(s => -s)], Labels(positive)), 12));

    [Fact]
    public void A_resample_given_as_counts_over_rows_sorted_once_matches_the_resample_written_out() =>
        Samples.SelectMany(s => Gen.Int[0, 3].Array[s.Scores.Length].Select(counts => (s.Scores, s.Positive, counts))).Sample((scores, positive, counts) =>
        {
            // Written out: row r appears counts[r] times (ties between copies included).
            var rows = Enumerable.Range(0, scores.Length).SelectMany(r => Enumerable.Repeat(r, counts[r])).ToArray();
            var expected = Auroc.FromScores([.. rows.Select(r => scores[r])], [.. rows.Select(r => positive[r] ? (byte)1 : (byte)0)]);
            var actual = new SortedScores(scores, [.. Enumerable.Range(0, scores.Length)]).Auroc(counts, Labels(positive));
            Assert.Equal(expected, actual);
        });

    [Fact]
    public void Is_undefined_without_negatives() =>
        Assert.True(double.IsNaN(Auroc.FromScores([0.1, 0.9], [1, 1])));

    private static byte[] Labels(bool[] positive) => [.. positive.Select(p => p ? (byte)1 : (byte)0)];
}
