using CsCheck;

namespace ExplainableAI.Plugins.Performance.Tests;

public sealed class AveragePrecisionTests
{
    [Fact]
    public void Matches_scikit_learn_documentation_example()
    {
        // sklearn.metrics.average_precision_score(y_true=[0, 0, 1, 1], y_score=[0.1, 0.4, 0.35, 0.8]) = 0.8333…
        // by hand: threshold 0.8 recall 1/2 precision 1; 0.4 recall unchanged; 0.35 recall 1 precision 2/3 → 1/2 + 1/3.
        double[] scores = [0.1, 0.35, 0.4, 0.8];
        byte[] positive = [0, 1, 0, 1];
        Assert.Equal(5.0 / 6, AveragePrecision.Compute(scores, positive), 15);
    }

    [Fact]
    public void Tied_scores_enter_together()
    {
        // One threshold 0.5 holding 1 positive and 1 negative, then 0.2 holding 1 positive: 1/2·1/2 + 1/2·2/3.
        double[] scores = [0.2, 0.5, 0.5];
        byte[] positive = [1, 0, 1];
        Assert.Equal((0.5 * 0.5) + (0.5 * 2.0 / 3), AveragePrecision.Compute(scores, positive), 15);
    }

    [Fact]
    public void Matches_definition_on_random_data()
    {
        Gen.Select(Gen.Int[0, 8].Array[3, 40], Gen.Byte[0, 1].Array[40]).Sample((grid, labels) =>
        {
            var y = labels[..grid.Length];
            if (!y.Contains((byte)1))
            {
                return;
            }

            var scores = grid.Select(g => g / 8.0).ToArray();
            var sortedScores = scores.ToArray();
            var sortedLabels = y.ToArray();
            Array.Sort(sortedScores, sortedLabels);
            Assert.Equal(BruteForce.AveragePrecision(scores, y), AveragePrecision.Compute(sortedScores, sortedLabels), 12);
        });
    }
}
