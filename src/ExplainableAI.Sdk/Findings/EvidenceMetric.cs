namespace ExplainableAI.Sdk;

/// <summary>A named number that supports a finding, with its uncertainty and the threshold it was compared with.</summary>
/// <param name="Name">Metric name in <c>snake_case</c>.</param>
/// <param name="Value">The value.</param>
/// <param name="Lower">Lower end of the confidence interval, if computed.</param>
/// <param name="Upper">Upper end of the confidence interval, if computed.</param>
/// <param name="Threshold">The threshold the value was compared with, if any.</param>
public sealed record EvidenceMetric(string Name, double Value, double? Lower = null, double? Upper = null, double? Threshold = null);
