namespace ExplainableAI.Sdk;

/// <summary>
/// The family a rule belongs to, declared by its <see cref="RuleDescriptor"/>; users can configure severity per family
/// (<c>family:Fairness</c>). A plugin's own IDs (<c>ACME2001</c>) say nothing about the family; the built-in <c>XAI</c> IDs
/// keep their convention that the thousands digit names it (<c>XAI6001</c> is data quality), shown below.
/// </summary>
public enum CheckFamily
{
    /// <summary>Findings of the host itself (XAI0xxx): plugins that failed to load, checks that crashed.</summary>
    Host = 0,

    /// <summary>Feature attributions and explanations (XAI1xxx).</summary>
    Attribution = 1,

    /// <summary>Bias and fairness between groups (XAI2xxx).</summary>
    Fairness = 2,

    /// <summary>Distribution shift between reference and current data (XAI3xxx).</summary>
    Drift = 3,

    /// <summary>Behaviour under perturbed or corrupted input (XAI4xxx).</summary>
    Robustness = 4,

    /// <summary>Clinical performance and calibration (XAI5xxx).</summary>
    Performance = 5,

    /// <summary>Data quality of the datasets the model is audited on (XAI6xxx).</summary>
    DataQuality = 6,

    /// <summary>Privacy of the data and the model (XAI7xxx).</summary>
    Privacy = 7,

    /// <summary>Documentation and governance (XAI8xxx).</summary>
    Governance = 8,
}
