namespace ExplainableAI.Core;

/// <summary>A rule's texts in one language.</summary>
/// <param name="Title">The title.</param>
/// <param name="MessageFormat">The message format.</param>
/// <param name="Description">The help text, if translated.</param>
public sealed record RuleTextRecord(string Title, string MessageFormat, string? Description);
