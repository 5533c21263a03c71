using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// A ratio summary as the rules judge it: the smallest ratio over the components (selection rate; TPR and FPR) whose
/// larger rate reaches the minimum rate, since a ratio of two rare events (0.9% vs 2.1%) is noise, not bias.
/// </summary>
/// <param name="Value">The judged ratio with its bootstrap interval; NaN when no component is judged.</param>
/// <param name="Excluded">The components left out, with their larger rate (e.g. <c>FPR (largest 2.1%)</c>); empty when none.</param>
/// <param name="Kept">The components judged.</param>
internal sealed record JudgedRatio(Interval Value, IReadOnlyList<string> Excluded, IReadOnlyList<GroupRate> Kept);
