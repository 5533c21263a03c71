namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// The area under the ROC curve as the Mann–Whitney statistic (ties count half), from one sort and a pass over groups
/// of tied scores: O(n log n).
/// </summary>
internal static class Auroc
{
    /// <summary>The AUROC; sorts both spans together in place.</summary>
    /// <param name="scores">Finite scores.</param>
    /// <param name="positive">1 for a positive row, 0 for a negative one.</param>
    /// <returns>The AUROC, or NaN without positives or negatives.</returns>
    public static double FromScores(Span<double> scores, Span<byte> positive)
    {
        if (scores.Length != positive.Length)
        {
            throw new ArgumentException("Scores and labels must have one entry per row.", nameof(positive));
        }

        scores.Sort(positive);
        double wins = 0;
        long positives = 0;
        long negativesBelow = 0;
        var i = 0;
        while (i < scores.Length)
        {
            long p = 0;
            long q = 0;
            var value = scores[i];
            for (; i < scores.Length && scores[i] == value; i++)
            {
                if (positive[i] != 0)
                {
                    p++;
                }
                else
                {
                    q++;
                }
            }

            wins += (p * (double)negativesBelow) + (0.5 * p * q);
            positives += p;
            negativesBelow += q;
        }

        return positives == 0 || negativesBelow == 0 ? double.NaN : wins / (positives * (double)negativesBelow);
    }
}
