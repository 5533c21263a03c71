namespace ExplainableAI.Regulatory;

/// <summary>Why a declared fact stops the decision table.</summary>
public enum TierIssueKind
{
    /// <summary>A fact a reached rule needs was not declared.</summary>
    Missing,

    /// <summary>Declared facts contradict each other, or a value is not valid.</summary>
    Contradictory,
}
