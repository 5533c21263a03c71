using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// The metrics at an operating threshold with 95% intervals: Wilson intervals for the proportions (sensitivity,
/// specificity, PPV, NPV, accuracy), percentile-bootstrap intervals for F1 and balanced accuracy, which are not
/// proportions (the confusion matrix is resampled as multinomial counts, equal in distribution to resampling rows).
/// </summary>
/// <param name="Counts">The confusion matrix.</param>
/// <param name="Sensitivity">TP / (TP + FN).</param>
/// <param name="Specificity">TN / (TN + FP).</param>
/// <param name="Ppv">TP / (TP + FP).</param>
/// <param name="Npv">TN / (TN + FN).</param>
/// <param name="Accuracy">(TP + TN) / N.</param>
/// <param name="F1">2TP / (2TP + FP + FN).</param>
/// <param name="BalancedAccuracy">(sensitivity + specificity) / 2.</param>
internal sealed record OperatingPointMetrics(
    ConfusionCounts Counts,
    Interval Sensitivity,
    Interval Specificity,
    Interval Ppv,
    Interval Npv,
    Interval Accuracy,
    Interval F1,
    Interval BalancedAccuracy)
{
    /// <summary>Computes the metrics of a confusion matrix.</summary>
    /// <param name="counts">The confusion matrix.</param>
    /// <param name="random">The random source for the bootstrap.</param>
    /// <param name="resamples">Bootstrap resamples for F1 and balanced accuracy (0: no interval).</param>
    /// <returns>The metrics.</returns>
    public static OperatingPointMetrics Compute(ConfusionCounts counts, Random random, int resamples)
    {
        var f1 = new double[resamples];
        var balanced = new double[resamples];
        for (var b = 0; b < resamples; b++)
        {
            var resample = counts.Resample(random);
            f1[b] = resample.F1;
            balanced[b] = resample.BalancedAccuracy;
        }

        return new OperatingPointMetrics(
            counts,
            Wilson.Proportion(counts.TruePositives, counts.Positives),
            Wilson.Proportion(counts.TrueNegatives, counts.Negatives),
            Wilson.Proportion(counts.TruePositives, counts.PredictedPositives),
            Wilson.Proportion(counts.TrueNegatives, counts.PredictedNegatives),
            Wilson.Proportion(counts.TruePositives + counts.TrueNegatives, counts.Total),
            resamples > 0 ? Bootstrap.PercentileInterval(counts.F1, f1) : Interval.PointOnly(counts.F1),
            resamples > 0 ? Bootstrap.PercentileInterval(counts.BalancedAccuracy, balanced) : Interval.PointOnly(counts.BalancedAccuracy));
    }

    /// <summary>The metrics by their measurement names, in report order.</summary>
    public IReadOnlyList<(string Name, Interval Value)> Named =>
    [
        ("sensitivity", Sensitivity),
        ("specificity", Specificity),
        ("ppv", Ppv),
        ("npv", Npv),
        ("f1", F1),
        ("accuracy", Accuracy),
        ("balanced_accuracy", BalancedAccuracy),
    ];
}
