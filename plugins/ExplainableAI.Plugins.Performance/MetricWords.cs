namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// The English words for the metric identifiers the plugin publishes. Charts and tables are labelled with these words, a
/// person's reading; measurements and evidence metrics keep the snake_case identifiers. <c>i18n/en.json</c> maps the same
/// identifiers to the same words for the host (a test keeps the two equal).
/// </summary>
internal static class MetricWords
{
    /// <summary>Every identifier with its words.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["n"] = "Rows",
        ["positives"] = "Positives",
        ["negatives"] = "Negatives",
        ["true_positives"] = "True positives (positives found)",
        ["true_negatives"] = "True negatives (negatives cleared)",
        ["threshold"] = "Operating threshold",
        ["suppressed"] = "Suppressed (small group)",
        ["selection_rate"] = "Selection rate",
        ["tpr"] = "True positive rate (TPR)",
        ["fpr"] = "False positive rate (FPR)",
        ["fnr"] = "False negative rate (FNR)",
        ["precision"] = "Precision (PPV)",
        ["disparate_impact"] = "Disparate impact",
        ["auroc"] = "AUROC",
        ["auprc"] = "AUPRC (average precision)",
        ["prevalence"] = "Prevalence",
        ["brier"] = "Brier score",
        ["ece"] = "Expected calibration error (ECE)",
        ["calibration_in_the_large"] = "Calibration-in-the-large (observed − mean score)",
        ["calibration_gap"] = "Calibration gap vs all rows",
        ["calibration_slope"] = "Calibration slope",
        ["calibration_intercept"] = "Calibration intercept",
        ["demographic_parity_difference"] = "Demographic parity difference",
        ["demographic_parity_ratio"] = "Demographic parity ratio",
        ["equalized_odds_difference"] = "Equalized odds difference",
        ["equalized_odds_ratio"] = "Equalized odds ratio",
        ["equal_opportunity_difference"] = "Equal opportunity difference",
        ["sensitivity"] = "Sensitivity",
        ["specificity"] = "Specificity",
        ["ppv"] = "Positive predictive value (PPV)",
        ["npv"] = "Negative predictive value (NPV)",
        ["f1"] = "F1 score",
        ["accuracy"] = "Accuracy",
        ["balanced_accuracy"] = "Balanced accuracy",
        ["threshold_at_target_sensitivity"] = "Threshold at the target sensitivity",
        ["specificity_at_target_sensitivity"] = "Specificity at the target sensitivity",
        ["mae"] = "Mean absolute error (MAE)",
        ["rmse"] = "Root mean squared error (RMSE)",
        ["r2"] = "Coefficient of determination (R²)",
        ["recall"] = "Recall",
        ["macro_f1"] = "Macro F1",
        ["micro_f1"] = "Micro F1",
    };

    /// <summary>The words for an identifier.</summary>
    /// <param name="name">The snake_case identifier.</param>
    /// <returns>The words; the identifier itself when it has none (a test keeps every published one covered).</returns>
    public static string Of(string name) => All.TryGetValue(name, out var words) ? words : name;
}
