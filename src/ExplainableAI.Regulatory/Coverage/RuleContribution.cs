namespace ExplainableAI.Regulatory;

/// <summary>A rule whose check ran and contributes evidence toward a requirement.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Check">The check that ran it.</param>
/// <param name="ActiveFindings">How many unsuppressed findings it reported (zero is evidence too: tested, nothing found).</param>
public sealed record RuleContribution(string RuleId, string Check, int ActiveFindings);
