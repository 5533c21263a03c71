namespace ExplainableAI.Regulatory;

/// <summary>The EU AI Act risk tier (catalog §1.2), ordered so that a higher value is a stricter tier.</summary>
public enum RiskTier
{
    /// <summary>The declared facts are missing or contradictory: the tier is not guessed (see the issues).</summary>
    Undetermined = -2,

    /// <summary>Outside the AI Act (R0, R1).</summary>
    OutOfScope = -1,

    /// <summary>Minimal risk (R8): Art 4 AI literacy and voluntary codes.</summary>
    Minimal = 0,

    /// <summary>Transparency duties under Art 50 (R7), "limited risk".</summary>
    Limited = 1,

    /// <summary>High risk via Art 6(1) (R3) or Art 6(2) (R4, R6).</summary>
    High = 2,

    /// <summary>A prohibited practice under Art 5 (R2).</summary>
    Unacceptable = 3,
}
