using CsCheck;

namespace ExplainableAI.Plugins.DataQuality.Tests;

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
            Assert.Equal(BruteForce.Auroc(rates, positive), Auroc.FromLevelRates(p, q), 12);
        });
    }

    [Fact]
    public void Is_undefined_without_both_classes() =>
        Assert.True(double.IsNaN(Auroc.FromScores([1, 2], [1, 1])));

    private static byte[] Labels(bool[] positive) => [.. positive.Select(p => p ? (byte)1 : (byte)0)];
}
