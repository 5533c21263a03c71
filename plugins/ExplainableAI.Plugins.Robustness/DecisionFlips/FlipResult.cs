namespace ExplainableAI.Plugins.Robustness;

/// <summary>The smallest flip found for one sampled row along one direction.</summary>
/// <param name="Row">The evaluation row.</param>
/// <param name="Direction">The direction.</param>
/// <param name="Distance">Distance in standard deviations at which the decision flips.</param>
/// <param name="Score">The score at that point.</param>
internal sealed record FlipResult(int Row, FlipDirection Direction, double Distance, double Score);
