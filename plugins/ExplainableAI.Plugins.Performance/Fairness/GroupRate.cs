namespace ExplainableAI.Plugins.Performance;

/// <summary>The per-group rates of fairlearn's <c>MetricFrame</c> that the fairness summaries are built from.</summary>
internal enum GroupRate
{
    /// <summary>Predicted positives / rows (<c>selection_rate</c>).</summary>
    SelectionRate,

    /// <summary>TP / (TP + FN) (<c>true_positive_rate</c>).</summary>
    Tpr,

    /// <summary>FP / (FP + TN) (<c>false_positive_rate</c>).</summary>
    Fpr,

    /// <summary>FN / (TP + FN) (<c>false_negative_rate</c>).</summary>
    Fnr,

    /// <summary>TP / (TP + FP) (<c>precision_score</c>; fairlearn's zero_division aside, undefined here when nothing is selected).</summary>
    Precision,
}
