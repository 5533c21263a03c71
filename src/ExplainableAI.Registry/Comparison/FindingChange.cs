using ExplainableAI.Sdk;

namespace ExplainableAI.Registry;

/// <summary>A finding that appeared, was resolved, or changed between two runs.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Before">The finding in the earlier run, or <see langword="null"/> when it appeared.</param>
/// <param name="After">The finding in the later run, or <see langword="null"/> when it was resolved.</param>
public sealed record FindingChange(FindingChangeKind Kind, RecordedFinding? Before, RecordedFinding? After)
{
    /// <summary>The rule.</summary>
    public string RuleId => (After ?? Before)!.RuleId;

    /// <summary>The column, if any.</summary>
    public string? Column => (After ?? Before)!.Column;

    /// <summary>The group, if any.</summary>
    public string? Group => (After ?? Before)!.Group;

    /// <summary>
    /// Whether this change makes the model look worse: an active finding of warning or error severity that appeared,
    /// became active (a suppression was lifted), or rose in severity.
    /// </summary>
    public bool IsRegression => After is { IsActive: true, Severity: >= Severity.Warning } after
        && (Before is null || !Before.IsActive || after.Severity > Before.Severity);
}
