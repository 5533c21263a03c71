namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// Average precision, scikit-learn's <c>average_precision_score</c>: AP = Σₙ (Rₙ − Rₙ₋₁) Pₙ over the distinct score
/// thresholds taken from the highest down (tied scores enter together), with R₀ = 0. No interpolation.
/// </summary>
internal static class AveragePrecision
{
    /// <summary>The average precision of scores sorted ascending.</summary>
    /// <param name="sortedScores">Scores, ascending.</param>
    /// <param name="positive">1 for positive rows, aligned.</param>
    /// <returns>The AP, or NaN when there are no positives.</returns>
    public static double Compute(ReadOnlySpan<double> sortedScores, ReadOnlySpan<byte> positive)
    {
        long totalPositives = 0;
        foreach (var y in positive)
        {
            totalPositives += y;
        }

        if (totalPositives == 0)
        {
            return double.NaN;
        }

        double ap = 0;
        long tp = 0;
        long selected = 0;
        for (var end = sortedScores.Length; end > 0;)
        {
            var start = end - 1;
            while (start > 0 && sortedScores[start - 1] == sortedScores[end - 1])
            {
                start--;
            }

            long p = 0;
            for (var i = start; i < end; i++)
            {
                p += positive[i];
            }

            tp += p;
            selected += end - start;
            // Recall rises by p / P at this threshold; precision there is TP / selected.
            ap += p / (double)totalPositives * (tp / (double)selected);
            end = start;
        }

        return ap;
    }
}
