namespace ExplainableAI.Regulatory;

/// <summary>
/// How far an audit's automated evidence reaches for one requirement. Ordered gaps first. An automated check only
/// contributes evidence: no status means "compliant".
/// </summary>
public enum CoverageStatus
{
    /// <summary>No automated check that ran contributes evidence: a person must provide it.</summary>
    ManualEvidenceNeeded,

    /// <summary>Checks that ran contribute evidence, but not all of it (some families untested, or a documented part is needed).</summary>
    PartiallyCovered,

    /// <summary>Checks of every family the requirement names ran and contribute evidence.</summary>
    CoveredByAutomatedEvidence,
}
