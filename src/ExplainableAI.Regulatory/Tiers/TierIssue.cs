namespace ExplainableAI.Regulatory;

/// <summary>A missing or contradictory declared fact: reported like a finding, never replaced by a guess.</summary>
/// <param name="Field">The declared-facts field (registration schema name, for example <c>mdr_class</c>).</param>
/// <param name="Kind">Missing or contradictory.</param>
/// <param name="Reason">What is wrong and what is needed, in one line.</param>
/// <param name="Rule">The decision-table rule (R0–R10) that needed it, if one did.</param>
/// <param name="ReasonJa">The reason in Japanese (である調), for the Japanese report.</param>
public sealed record TierIssue(string Field, TierIssueKind Kind, string Reason, string? Rule = null, string? ReasonJa = null);
