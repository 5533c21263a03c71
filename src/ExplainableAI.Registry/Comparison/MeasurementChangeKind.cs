namespace ExplainableAI.Registry;

/// <summary>How a measurement differs between two runs.</summary>
public enum MeasurementChangeKind
{
    /// <summary>Both runs have it, with different values.</summary>
    Moved,

    /// <summary>Only the later run has it.</summary>
    Appeared,

    /// <summary>Only the earlier run has it.</summary>
    Disappeared,
}
