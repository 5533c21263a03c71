namespace ExplainableAI.Core;

/// <summary>A declared suppression: waives findings of a rule, optionally only for one column or group.</summary>
/// <param name="RuleId">The rule to waive.</param>
/// <param name="Justification">Why; mandatory, shown in the report.</param>
/// <param name="Column">Only findings on this column, if set.</param>
/// <param name="Group">Only findings on this group, if set.</param>
public sealed record SuppressionRule(string RuleId, string Justification, string? Column = null, string? Group = null);
