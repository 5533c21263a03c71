namespace ExplainableAI.Sdk;

/// <summary>How the registration says the model's output must move when a feature rises.</summary>
public enum Monotonicity
{
    /// <summary>No constraint declared.</summary>
    None,

    /// <summary>The output must not fall when the feature rises (risk rises with lactate).</summary>
    Increasing,

    /// <summary>The output must not rise when the feature rises.</summary>
    Decreasing,
}
