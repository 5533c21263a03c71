namespace ExplainableAI.Plugins.Performance;

/// <summary>The stable IDs of the clinical performance and calibration rules (XAI5xxx). Never reuse or renumber an ID.</summary>
public static class PerformanceRuleIds
{
    /// <summary>Discrimination summary: AUROC with its DeLong interval and AUPRC, with ROC and precision–recall curves.</summary>
    public const string Discrimination = "XAI5001";

    /// <summary>The AUROC does not reach the declared minimum.</summary>
    public const string AurocBelowMinimum = "XAI5002";

    /// <summary>Operating-point summary: sensitivity, specificity, PPV, NPV, F1, accuracy, balanced accuracy with intervals.</summary>
    public const string OperatingPoint = "XAI5003";

    /// <summary>The sensitivity at the operating threshold does not reach the declared minimum.</summary>
    public const string SensitivityBelowMinimum = "XAI5004";

    /// <summary>The specificity at the operating threshold does not reach the declared minimum.</summary>
    public const string SpecificityBelowMinimum = "XAI5005";

    /// <summary>Calibration summary: Brier score, ECE, calibration slope and intercept, with the reliability diagram.</summary>
    public const string Calibration = "XAI5006";

    /// <summary>The expected calibration error exceeds the declared maximum.</summary>
    public const string EceAboveMaximum = "XAI5007";

    /// <summary>The calibration slope lies outside the declared range.</summary>
    public const string CalibrationSlopeOutOfRange = "XAI5008";

    /// <summary>Regression summary: MAE, RMSE and R² with the residual plot.</summary>
    public const string Regression = "XAI5009";

    /// <summary>Multiclass summary: macro and micro F1, per-class recall, confusion matrix.</summary>
    public const string Multiclass = "XAI5010";

    /// <summary>A regressor's MAE or RMSE exceeds the declared maximum.</summary>
    public const string RegressionErrorAboveMaximum = "XAI5011";

    /// <summary>A regressor's R² does not reach the declared minimum.</summary>
    public const string R2BelowMinimum = "XAI5012";

    /// <summary>A multiclass model's macro or micro F1 does not reach the declared minimum.</summary>
    public const string MulticlassF1BelowMinimum = "XAI5013";

    /// <summary>The recall of a class of a multiclass model does not reach the declared minimum.</summary>
    public const string ClassRecallBelowMinimum = "XAI5014";
}
