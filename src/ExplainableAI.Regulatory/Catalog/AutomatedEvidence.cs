namespace ExplainableAI.Regulatory;

/// <summary>How much of a requirement's evidence automated checks can contribute.</summary>
public enum AutomatedEvidence
{
    /// <summary>None: only a person can provide it (<c>none</c>), e.g. QMS documents or a human-oversight design.</summary>
    None,

    /// <summary>Checks contribute part of it; a person must provide the rest (<c>partial</c>).</summary>
    Partial,

    /// <summary>Checks of the listed families can contribute all of it (<c>full</c>).</summary>
    Full,
}
