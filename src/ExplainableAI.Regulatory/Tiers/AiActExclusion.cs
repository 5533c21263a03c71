namespace ExplainableAI.Regulatory;

/// <summary>Art 2 exclusions (<c>exclusion</c>).</summary>
public enum AiActExclusion
{
    /// <summary><c>none</c>.</summary>
    None,

    /// <summary><c>research_only_art2_6</c>: developed and put into service solely for scientific research.</summary>
    ResearchOnly,

    /// <summary><c>pre_market_rnd_art2_8</c>: research, testing or development before market placement (not real-world testing).</summary>
    PreMarketResearchAndDevelopment,

    /// <summary><c>military_national_security</c>.</summary>
    MilitaryNationalSecurity,

    /// <summary><c>personal_non_professional</c>: a natural person's purely personal use (a deployer exclusion).</summary>
    PersonalNonProfessional,
}
