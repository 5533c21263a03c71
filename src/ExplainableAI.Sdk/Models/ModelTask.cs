namespace ExplainableAI.Sdk;

/// <summary>What a model predicts.</summary>
public enum ModelTask
{
    /// <summary>Probability of the positive class.</summary>
    BinaryClassification,

    /// <summary>One probability per class.</summary>
    MulticlassClassification,

    /// <summary>A real value.</summary>
    Regression,
}
