namespace ExplainableAI.Core;

/// <summary>A declared fact that is missing or contradicts another, so the tier could not be decided.</summary>
/// <param name="Field">The declared-facts field, for example <c>mdr_class</c>.</param>
/// <param name="Kind"><c>missing</c> or <c>contradictory</c>.</param>
/// <param name="Reason">What is wrong and what is needed, in one line.</param>
/// <param name="Rule">The decision-table rule that needed it, if one did.</param>
public sealed record RegulatoryIssueRecord(string Field, string Kind, string Reason, string? Rule)
{
    /// <summary>The reason in Japanese (である調); <see langword="null"/> in reports written before it existed.</summary>
    public string? ReasonJa { get; init; }
}
