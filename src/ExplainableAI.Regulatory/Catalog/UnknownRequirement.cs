namespace ExplainableAI.Regulatory;

/// <summary>A requirement ID a rule cites that the catalog does not know: a defect in the rule, never a silent gap.</summary>
/// <param name="RuleId">The rule citing it.</param>
/// <param name="RequirementId">The unknown ID.</param>
public sealed record UnknownRequirement(string RuleId, string RequirementId);
