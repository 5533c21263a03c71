namespace ExplainableAI.Plugins.Robustness.Tests;

/// <summary>Reference answers by definition, for small inputs.</summary>
internal static class BruteForce
{
    // AUROC by definition: over every (positive, negative) pair, 1 when the positive scores higher, 1/2 on a tie.
    public static double Auroc(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        double wins = 0;
        var pairs = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            for (var j = 0; j < scores.Count; j++)
            {
                if (positive[i] && !positive[j])
                {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        return wins / pairs;
    }
}
