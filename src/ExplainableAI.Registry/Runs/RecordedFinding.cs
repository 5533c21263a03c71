using ExplainableAI.Sdk;

namespace ExplainableAI.Registry;

/// <summary>A finding of a recorded run: what a comparison needs of it.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Severity">Its effective severity.</param>
/// <param name="Column">The column it is about, if any.</param>
/// <param name="Group">The group it is about, if any.</param>
/// <param name="Message">The message.</param>
/// <param name="Check">The check that reported it.</param>
/// <param name="Suppressed">Whether a declared suppression waived it.</param>
public sealed record RecordedFinding(string RuleId, Severity Severity, string? Column, string? Group, string Message, string Check, bool Suppressed)
{
    /// <summary>Whether it counts: not suppressed and not of severity none.</summary>
    public bool IsActive => !Suppressed && Severity != Severity.None;
}
