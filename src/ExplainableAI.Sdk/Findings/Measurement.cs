namespace ExplainableAI.Sdk;

/// <summary>
/// A number a check computed, published whether or not it raised a finding: reviewers must see the numbers,
/// not only the violations.
/// </summary>
/// <param name="Check">The check's name.</param>
/// <param name="Name">Metric name in <c>snake_case</c> (for example <c>missing_rate</c>).</param>
/// <param name="Value">The value.</param>
/// <param name="Lower">Lower end of the confidence interval, if computed.</param>
/// <param name="Upper">Upper end of the confidence interval, if computed.</param>
/// <param name="Subject">What it is about: a column, a group (<c>sex=F</c>), or <see langword="null"/> for the whole dataset.</param>
public sealed record Measurement(string Check, string Name, double Value, double? Lower = null, double? Upper = null, string? Subject = null);
