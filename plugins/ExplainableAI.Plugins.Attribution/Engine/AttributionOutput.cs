namespace ExplainableAI.Plugins.Attribution;

/// <summary>Which model output is attributed.</summary>
public enum AttributionOutput
{
    /// <summary>The margin (log-odds for binary classifiers, per-class score for multiclass, the value for regression).</summary>
    Margin,

    /// <summary>The probability (of the positive class, or of the chosen class); the value for regression.</summary>
    Probability,
}
