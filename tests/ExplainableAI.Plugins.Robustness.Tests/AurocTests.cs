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
    public void Is_undefined_without_negatives() =>
        Assert.True(double.IsNaN(Auroc.FromScores([0.1, 0.9], [1, 1])));

    private static byte[] Labels(bool[] positive) => [.. positive.Select(p => p ? (byte)1 : (byte)0)];
}
