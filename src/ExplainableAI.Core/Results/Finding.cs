using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>One instance of a rule, as reported: like a compiler diagnostic, with the evidence behind it.</summary>
/// <param name="RuleId">The rule's ID.</param>
/// <param name="Family">The rule's family.</param>
/// <param name="Severity">The effective severity after the user's configuration.</param>
/// <param name="Message">The message, formatted from the rule's message format with the invariant culture.</param>
/// <param name="Location">Where the finding applies.</param>
/// <param name="Evidence">Metrics, tables and charts that support it.</param>
/// <param name="Check">The name of the check that reported it.</param>
/// <param name="Suppression">Why it was waived, or <see langword="null"/> when it stands.</param>
public sealed record Finding(
    string RuleId,
    CheckFamily Family,
    Severity Severity,
    string Message,
    FindingLocation Location,
    Evidence Evidence,
    string Check,
    Suppression? Suppression = null)
{
    /// <summary>Whether the finding counts: not suppressed.</summary>
    public bool IsActive => Suppression is null;
}
