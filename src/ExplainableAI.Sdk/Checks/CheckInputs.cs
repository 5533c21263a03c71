namespace ExplainableAI.Sdk;

/// <summary>What a check needs besides the evaluation data. The engine skips a check whose inputs are absent, with an info finding saying why.</summary>
[Flags]
public enum CheckInputs
{
    /// <summary>Only the evaluation data.</summary>
    None = 0,

    /// <summary>A model that can predict.</summary>
    Model = 1,

    /// <summary>A label column in the evaluation data.</summary>
    Label = 2,

    /// <summary>A reference dataset.</summary>
    Reference = 4,

    /// <summary>Scores for the evaluation rows: from the model or from a precomputed score column.</summary>
    Scores = 8,
}
