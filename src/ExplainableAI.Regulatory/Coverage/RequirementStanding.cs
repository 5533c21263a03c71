namespace ExplainableAI.Regulatory;

/// <summary>Why a requirement is in the coverage matrix.</summary>
public enum RequirementStanding
{
    /// <summary>A legal obligation that follows from the model's tier or device class.</summary>
    LegalObligation,

    /// <summary>
    /// An EU AI Act Chapter III requirement while the tier is undetermined: it may be a legal obligation — the tier is not
    /// guessed, so it is neither settled nor downgraded to good practice.
    /// </summary>
    PossibleObligation,

    /// <summary>A classification entry (an Annex III area, an MDCG 2025-6 row) that the tier decision rests on: the declared fact to keep on file.</summary>
    Classification,

    /// <summary>An EU AI Act Chapter III requirement shown as good practice (not legally required) for a model that is not high risk.</summary>
    GoodPractice,

    /// <summary>A principle or guideline (Japanese principles and guidelines, AIST MLQM, GMLP): not law, expected practice.</summary>
    Principle,
}
