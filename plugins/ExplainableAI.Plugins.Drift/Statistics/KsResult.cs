namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>A two-sample Kolmogorov–Smirnov result.</summary>
/// <param name="Statistic">D = sup |F₁ − F₂| of the two empirical distribution functions.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="Exact">Whether the p-value is the exact one (else asymptotic).</param>
internal sealed record KsResult(double Statistic, double PValue, bool Exact);
