namespace ExplainableAI.Plugins.Robustness;

/// <summary>The stable IDs of the robustness rules (XAI4xxx). Never reuse or renumber an ID.</summary>
public static class RobustnessRuleIds
{
    /// <summary>Small measurement noise flips too many decisions.</summary>
    public const string NoiseFlipsDecisions = "XAI4001";

    /// <summary>The degradation profile under noise (informational, carries the curve).</summary>
    public const string NoiseProfile = "XAI4002";

    /// <summary>The model throws or returns a non-finite output when an input is missing.</summary>
    public const string MissingInputFails = "XAI4003";

    /// <summary>A missing input silently flips many decisions.</summary>
    public const string MissingInputFlipsDecisions = "XAI4004";

    /// <summary>A plausible unit error silently flips many decisions.</summary>
    public const string UnitErrorFlipsDecisions = "XAI4005";

    /// <summary>Outputs are not bounded for inputs beyond the reference range.</summary>
    public const string OutOfRangeOutputInvalid = "XAI4006";

    /// <summary>The score is not monotone in a feature for many rows.</summary>
    public const string NonMonotoneResponse = "XAI4007";

    /// <summary>Small changes to one feature flip the decision for the typical row.</summary>
    public const string SmallDecisionFlip = "XAI4008";

    /// <summary>The score moves when a feature declared irrelevant changes.</summary>
    public const string IrrelevantFeatureMovesScore = "XAI4009";

    /// <summary>The score moves against a declared monotone direction.</summary>
    public const string DeclaredMonotonicityViolated = "XAI4010";
}
