namespace ExplainableAI.Core;

/// <summary>A rule's title, message format and help text in one language.</summary>
/// <param name="Title">The title.</param>
/// <param name="Message">A composite format over the same arguments as the rule's English message format.</param>
/// <param name="Description">The help text, if translated.</param>
public sealed record RuleTranslation(string Title, string Message, string? Description = null);
