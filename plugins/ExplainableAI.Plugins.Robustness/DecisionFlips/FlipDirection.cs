namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// A direction of change in standard-deviation units: moving a distance t changes feature <c>Features[i]</c> by
/// <c>t · Coefficients[i] · sd</c>. The coefficients have unit Euclidean norm, so t is the Euclidean distance in
/// standard deviations.
/// </summary>
/// <param name="Features">Feature indices (one or two).</param>
/// <param name="Coefficients">Signed unit-norm weights, one per feature.</param>
internal sealed record FlipDirection(IReadOnlyList<int> Features, IReadOnlyList<double> Coefficients);
