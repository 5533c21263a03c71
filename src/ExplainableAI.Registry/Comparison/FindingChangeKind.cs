namespace ExplainableAI.Registry;

/// <summary>How a finding differs between two runs.</summary>
public enum FindingChangeKind
{
    /// <summary>Only the later run has it.</summary>
    Appeared,

    /// <summary>Only the earlier run has it.</summary>
    Resolved,

    /// <summary>Both have it (same rule, column and group), with another severity, suppression or message.</summary>
    Changed,
}
