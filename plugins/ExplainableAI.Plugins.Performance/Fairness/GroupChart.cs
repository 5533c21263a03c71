namespace ExplainableAI.Plugins.Performance;

/// <summary>The group metrics drawn as dot-and-whisker charts against the value over all rows.</summary>
internal enum GroupChart
{
    /// <summary>Selection rate.</summary>
    SelectionRate,

    /// <summary>True-positive rate.</summary>
    Tpr,

    /// <summary>False-positive rate.</summary>
    Fpr,

    /// <summary>AUROC.</summary>
    Auroc,

    /// <summary>Observed rate minus mean score.</summary>
    CalibrationInTheLarge,
}
