namespace ExplainableAI.Regulatory;

/// <summary>Something the decision table asks a reviewer to note besides the tier.</summary>
public enum TierFlag
{
    /// <summary>R7: Art 50 transparency duties apply (alongside any other tier).</summary>
    Transparency,

    /// <summary>R0: out of scope today; re-check on market expansion (EU nexus) or if it becomes an AI system.</summary>
    RecheckOnMarketExpansion,

    /// <summary>R1: excluded as research (Art 2(6)) or pre-market research and development (Art 2(8)); re-classify before any clinical use or market placement.</summary>
    ReclassifyBeforeUse,

    /// <summary>R3b: the AI is a non-safety component of a device; not high via Art 6(1) — legal review needed.</summary>
    LegalReviewNonSafetyComponent,

    /// <summary>R5: derogation used — an Art 6(4) memo and Art 49(2) registration are required.</summary>
    DerogationDocumentationRequired,

    /// <summary>R9: a general-purpose AI model is provided — separate Chapter V obligations, outside the tier.</summary>
    GeneralPurposeAiModel,

    /// <summary>R1: excluded as used exclusively for military, defence or national-security purposes (Art 2(3)); re-classify once it is used for civilian purposes.</summary>
    ReclassifyOnCivilianUse,

    /// <summary>R10: placed on the market before the Art 111(2) cut-off (2026-08-02 as published; the route's Chapter III date under the Omnibus) — obligations follow significant design changes (Art 111(2)).</summary>
    Legacy,

    /// <summary>The personal non-professional exclusion (Art 2(10)) concerns deployers only; it does not take a provider out of scope (R1 does not list it).</summary>
    DeployerOnlyExclusion,

    /// <summary>A declared Omnibus-only prohibition (Art 5(1)(ba)/(bb)) does not exist in the original text selected.</summary>
    OmnibusOnlyProhibition,
}
