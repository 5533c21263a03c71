namespace ExplainableAI.Sdk;

/// <summary>How a tree ensemble's margins (sums of leaf values) become the model's outputs.</summary>
public enum TreeLink
{
    /// <summary>The margin is the output (regression).</summary>
    Identity,

    /// <summary>The output is the logistic sigmoid of the single margin (binary classification).</summary>
    Logistic,

    /// <summary>The outputs are the softmax of one margin per class (multiclass classification).</summary>
    Softmax,
}
