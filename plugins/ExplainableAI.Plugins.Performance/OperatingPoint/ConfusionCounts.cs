namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// The confusion matrix at an operating threshold (a row is predicted positive when its score is at least the threshold)
/// and the rates defined from it. A rate whose denominator is 0 is NaN.
/// </summary>
/// <param name="TruePositives">Positive rows predicted positive.</param>
/// <param name="FalsePositives">Negative rows predicted positive.</param>
/// <param name="TrueNegatives">Negative rows predicted negative.</param>
/// <param name="FalseNegatives">Positive rows predicted negative.</param>
internal readonly record struct ConfusionCounts(long TruePositives, long FalsePositives, long TrueNegatives, long FalseNegatives)
{
    /// <summary>Rows.</summary>
    public long Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>Positive rows (actual).</summary>
    public long Positives => TruePositives + FalseNegatives;

    /// <summary>Negative rows (actual).</summary>
    public long Negatives => TrueNegatives + FalsePositives;

    /// <summary>Rows predicted positive.</summary>
    public long PredictedPositives => TruePositives + FalsePositives;

    /// <summary>Rows predicted negative.</summary>
    public long PredictedNegatives => TrueNegatives + FalseNegatives;

    /// <summary>Selection rate: predicted positives / rows (fairlearn's <c>selection_rate</c>).</summary>
    public double SelectionRate => Ratio(PredictedPositives, Total);

    /// <summary>Sensitivity, recall, true-positive rate: TP / (TP + FN).</summary>
    public double Sensitivity => Ratio(TruePositives, Positives);

    /// <summary>Specificity, true-negative rate: TN / (TN + FP).</summary>
    public double Specificity => Ratio(TrueNegatives, Negatives);

    /// <summary>False-positive rate: FP / (FP + TN).</summary>
    public double FalsePositiveRate => Ratio(FalsePositives, Negatives);

    /// <summary>False-negative rate: FN / (TP + FN).</summary>
    public double FalseNegativeRate => Ratio(FalseNegatives, Positives);

    /// <summary>Positive predictive value, precision: TP / (TP + FP).</summary>
    public double Ppv => Ratio(TruePositives, PredictedPositives);

    /// <summary>Negative predictive value: TN / (TN + FN).</summary>
    public double Npv => Ratio(TrueNegatives, PredictedNegatives);

    /// <summary>Accuracy: (TP + TN) / rows.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    /// <summary>Balanced accuracy: the mean of sensitivity and specificity.</summary>
    public double BalancedAccuracy => (Sensitivity + Specificity) / 2;

    /// <summary>F1: 2TP / (2TP + FP + FN), the harmonic mean of precision and recall.</summary>
    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>Counts the confusion matrix of scores sorted ascending at a threshold.</summary>
    /// <param name="sortedScores">Scores, ascending.</param>
    /// <param name="positive">1 for positive rows, aligned.</param>
    /// <param name="threshold">A score at least this is predicted positive.</param>
    /// <returns>The counts.</returns>
    public static ConfusionCounts At(ReadOnlySpan<double> sortedScores, ReadOnlySpan<byte> positive, double threshold)
    {
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < sortedScores.Length; i++)
        {
            var predicted = sortedScores[i] >= threshold;
            if (positive[i] != 0)
            {
                if (predicted)
                {
                    tp++;
                }
                else
                {
                    fn++;
                }
            }
            else if (predicted)
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return new ConfusionCounts(tp, fp, tn, fn);
    }

    /// <summary>The cell proportions in the order TP, FP, TN, FN, for multinomial resampling.</summary>
    /// <param name="cells">Receives four proportions.</param>
    public void Proportions(Span<double> cells)
    {
        double n = Total;
        cells[0] = TruePositives / n;
        cells[1] = FalsePositives / n;
        cells[2] = TrueNegatives / n;
        cells[3] = FalseNegatives / n;
    }

    /// <summary>A resample of this matrix: multinomial counts over its four cells with the same total.</summary>
    /// <param name="random">The random source.</param>
    /// <returns>The resampled counts; equal in distribution to counting a with-replacement resample of the rows.</returns>
    public ConfusionCounts Resample(Random random)
    {
        Span<double> cells = stackalloc double[4];
        Span<long> counts = stackalloc long[4];
        Proportions(cells);
        Binomial.Multinomial(random, Total, cells, counts);
        return new ConfusionCounts(counts[0], counts[1], counts[2], counts[3]);
    }

    private static double Ratio(long numerator, long denominator) => denominator == 0 ? double.NaN : numerator / (double)denominator;
}
