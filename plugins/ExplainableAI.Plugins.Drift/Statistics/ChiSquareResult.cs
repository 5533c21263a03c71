namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>A chi-square test result.</summary>
/// <param name="Statistic">Pearson's X².</param>
/// <param name="DegreesOfFreedom">Degrees of freedom.</param>
/// <param name="PValue">P(χ² ≥ X²).</param>
internal sealed record ChiSquareResult(double Statistic, int DegreesOfFreedom, double PValue);
