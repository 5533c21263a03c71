using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>One group's confusion matrix, rates and score-based metrics with 95% intervals.</summary>
/// <param name="Subject">The group, <c>attribute=value</c>.</param>
/// <param name="Counts">Its confusion matrix at the operating threshold.</param>
/// <param name="Suppressed">Whether it is below the minimum group size, so that none of its numbers is published.</param>
/// <param name="Rates">Each <see cref="GroupRate"/> with its Wilson score interval, indexed by the enum's value.</param>
/// <param name="Auroc">Its AUROC (row-level bootstrap interval; DeLong above the row limit).</param>
/// <param name="Brier">Its Brier score (bootstrap; normal approximation above the row limit); NaN when scores are not probabilities.</param>
/// <param name="Ece">Its expected calibration error over 10 equal-width bins (bootstrap; no interval above the row limit).</param>
/// <param name="CalibrationInTheLarge">Observed positive rate minus mean score (bootstrap; normal approximation above the row limit).</param>
/// <param name="CalibrationGap">Its calibration in the large minus the attribute's overall (all rows), with the stratified bootstrap interval.</param>
/// <param name="DisparateImpact">Its selection rate over the highest group's (the most-favoured group), with the bootstrap interval.</param>
internal sealed record GroupResult(
    string Subject,
    ConfusionCounts Counts,
    bool Suppressed,
    IReadOnlyList<Interval> Rates,
    Interval Auroc,
    Interval Brier,
    Interval Ece,
    Interval CalibrationInTheLarge,
    Interval CalibrationGap,
    Interval DisparateImpact)
{
    /// <summary>A rate with its interval.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The interval.</returns>
    public Interval Rate(GroupRate rate) => Rates[(int)rate];
}
