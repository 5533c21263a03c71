namespace ExplainableAI.Plugins.Performance;

/// <summary>The score-based metrics of one group, or of one bootstrap resample of it.</summary>
/// <param name="Auroc">AUROC (Mann–Whitney, ties half); NaN when a class is absent.</param>
/// <param name="Brier">Brier score; NaN when the scores are not probabilities.</param>
/// <param name="Ece">Expected calibration error over equal-width bins; NaN when the scores are not probabilities.</param>
/// <param name="CalibrationInTheLarge">Observed positive rate minus mean score (O − E); NaN when the scores are not probabilities.</param>
internal readonly record struct ScoreMetrics(double Auroc, double Brier, double Ece, double CalibrationInTheLarge);
