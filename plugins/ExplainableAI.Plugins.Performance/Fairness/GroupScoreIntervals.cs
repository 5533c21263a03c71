using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>The score-based metrics of one group with their intervals.</summary>
/// <param name="Auroc">AUROC.</param>
/// <param name="Brier">Brier score.</param>
/// <param name="Ece">Expected calibration error.</param>
/// <param name="CalibrationInTheLarge">Observed rate minus mean score.</param>
/// <param name="Gap">Calibration in the large minus the overall.</param>
internal readonly record struct GroupScoreIntervals(Interval Auroc, Interval Brier, Interval Ece, Interval CalibrationInTheLarge, Interval Gap);
