namespace ExplainableAI.Regulatory;

/// <summary>Why a requirement is in the coverage matrix.</summary>
public enum RequirementStanding
{
    /// <summary>A legal obligation that follows from the model's tier or device class.</summary>
    LegalObligation,

    /// <summary>An EU AI Act Chapter III requirement shown as good practice (not legally required) for a model that is not high risk.</summary>
    GoodPractice,

    /// <summary>A principle or guideline (Japanese principles and guidelines, AIST MLQM, GMLP): not law, expected practice.</summary>
    Principle,
}
