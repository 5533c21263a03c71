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
        var positives = new int[scores.Length];
        var negatives = new int[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            positives[i] = positive[i] != 0 ? 1 : 0;
            negatives[i] = 1 - positives[i];
        }

        return FromSorted(scores, positives, negatives);
    }

    /// <summary>
    /// The AUROC of scores already in ascending order, each entry standing for a number of positive and of negative rows
    /// (a row drawn several times by a bootstrap resample, or not at all): one pass over groups of tied scores.
    /// </summary>
    /// <param name="sorted">Finite scores in ascending order.</param>
    /// <param name="positives">Per entry, how many positive rows it stands for.</param>
    /// <param name="negatives">Per entry, how many negative rows it stands for.</param>
    /// <returns>The AUROC, or NaN without positives or negatives.</returns>
    public static double FromSorted(ReadOnlySpan<double> sorted, ReadOnlySpan<int> positives, ReadOnlySpan<int> negatives)
    {
        double wins = 0;
        long positiveCount = 0;
        long negativesBelow = 0;
        var i = 0;
        while (i < sorted.Length)
        {
            long p = 0;
            long q = 0;
            var value = sorted[i];
            for (; i < sorted.Length && sorted[i] == value; i++)
            {
                p += positives[i];
                q += negatives[i];
            }

            wins += (p * (double)negativesBelow) + (0.5 * p * q);
            positiveCount += p;
            negativesBelow += q;
        }

        return positiveCount == 0 || negativesBelow == 0 ? double.NaN : wins / (positiveCount * (double)negativesBelow);
    }
}
