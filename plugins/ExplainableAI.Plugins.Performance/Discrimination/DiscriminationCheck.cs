using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// How well the scores rank positives above negatives, whatever the threshold: the AUROC with its DeLong interval and the
/// AUPRC (average precision), with ROC and precision–recall curves; warns when the AUROC does not demonstrate the
/// vendor's declared minimum.
/// </summary>
[AuditCheck]
public sealed class DiscriminationCheck : AuditCheck
{
    /// <summary>The option that sets the declared minimum AUROC.</summary>
    public const string MinAurocOption = "min_auroc";

    /// <summary>The option that chooses whether the interval's lower bound (1) or the estimate (0) is compared with the minimum.</summary>
    public const string UseLowerBoundOption = "use_lower_bound";

    /// <summary>XAI5001: the discrimination summary (always reported, info).</summary>
    public static readonly RuleDescriptor SummaryRule = new(
        PerformanceRuleIds.Discrimination,
        "Discrimination: AUROC and AUPRC",
        "AUROC {0:F3} (95% CI {1:F3}–{2:F3}, DeLong) and AUPRC {3:F3} for label '{4}'",
        CheckFamily.Performance,
        Severity.Info,
        "For a binary classifier (scores from the model or the registered score column; label with exactly two values), "
        + "computes the AUROC as the Mann-Whitney statistic (ties count half) with a 95% confidence interval from DeLong's "
        + "variance (DeLong, DeLong and Clarke-Pearson 1988; normal approximation clipped to [0, 1]), and the AUPRC as "
        + "average precision, scikit-learn's definition: the sum over distinct thresholds, highest first, of the rise in "
        + "recall times the precision there, without interpolation. Rows with a missing label or score are left out. "
        + "Publishes auroc (with lower/upper) and auprc, and reports this summary with the ROC and precision-recall curves; "
        + "its evidence also holds the prevalence and the counts of positive and negative rows.",
        ["EU-AIA-ART15-1", "EU-AIA-ART15-3", "EU-AIA-ART13-3B-II", "EU-AIA-ANNEX4-2G", "JP-MLQM-EXT-AI-PERFORMANCE", "JP-MLQM-MODEL-CORRECTNESS", "JP-PMD-AI-EVAL-INDEX", "GMLP-P8", "GMLP-P9", "ISO-TS4213"]);

    /// <summary>XAI5002: the AUROC does not demonstrate the declared minimum.</summary>
    public static readonly RuleDescriptor MinimumRule = new(
        PerformanceRuleIds.AurocBelowMinimum,
        "AUROC below the declared minimum",
        "AUROC {0:F3} (95% CI {1:F3}–{2:F3}) does not demonstrate the declared minimum {3:F3}: its {4} is below it",
        CheckFamily.Performance,
        Severity.Warning,
        "Compares the AUROC with the minimum the manufacturer declares (min_auroc). By default the lower bound of the 95% "
        + "DeLong interval is compared, so the finding reads 'not demonstrated with 95% confidence' and a small test set "
        + "cannot pass by luck; set use_lower_bound to false to compare the point estimate. Collect more evaluation data or "
        + "revisit the claim in the instructions for use.",
        PerformanceRequirements.DeclaredAccuracy,
        [
            new RuleOption(MinAurocOption, 0.7, "Declared minimum AUROC (0 to 1). Default 0.7; 0 switches the rule off."),
            RuleOption.Boolean(UseLowerBoundOption, true, "true: compare the 95% interval's lower bound with the minimum; false: compare the point estimate. Default true."),
        ]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [SummaryRule, MinimumRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Scores | CheckInputs.Label;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcomes = await ScoredOutcomes.LoadAsync(context, cancellationToken).ConfigureAwait(false);
        if (outcomes is null)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var auroc = DeLong.Estimate(outcomes.Scores, outcomes.Positive);
        if (double.IsNaN(auroc.Value))
        {
            context.Skip("the rows with both a label and a score are all of one class, so no ranking can be measured");
            return;
        }

        var auprc = AveragePrecision.Compute(outcomes.Scores, outcomes.Positive);
        // DeLong's variance is 0 at an AUROC of 0 or 1: that degenerate interval is not published.
        var published = auroc.Interval.Published;
        context.Measure("auroc", auroc.Value, lower: published.LowerOrNull, upper: published.UpperOrNull);
        context.Measure("auprc", auprc);
        context.ReportProgress(0.5);

        var (fpr, tpr) = Curves.Roc(outcomes.Scores, outcomes.Positive);
        var (recall, precision) = Curves.PrecisionRecall(outcomes.Scores, outcomes.Positive);
        var prevalence = auroc.Positives / (double)(auroc.Positives + auroc.Negatives);
        ChartSpec[] charts =
        [
            new(ChartKind.Line, "ROC curve", "False positive rate (1 − specificity)", "True positive rate (sensitivity)",
                [new ChartSeries("Model", fpr, tpr), new ChartSeries("Chance", [0, 1], [0, 1])]),
            new(ChartKind.Line, "Precision–recall curve", "Recall (sensitivity)", "Precision (PPV)",
                [new ChartSeries("Model", recall, precision), new ChartSeries("Prevalence", [0, 1], [prevalence, prevalence])]),
        ];
        EvidenceMetric[] metrics =
        [
            Cells.Metric("auroc", auroc.Interval),
            new("auprc", auprc),
            new("prevalence", prevalence),
            new("positives", auroc.Positives),
            new("negatives", auroc.Negatives),
        ];
        context.Report(
            SummaryRule,
            FindingLocation.ForColumn(outcomes.Label.Column.Name),
            new Evidence(Metrics: metrics, Charts: charts),
            auroc.Value,
            auroc.Lower,
            auroc.Upper,
            auprc,
            outcomes.Label.Column.Name);

        var minimum = context.Option(MinimumRule, MinAurocOption);
        var useLower = context.OptionBoolean(MinimumRule, UseLowerBoundOption) && !double.IsNaN(auroc.Lower);
        var compared = useLower ? auroc.Lower : auroc.Value;
        if (minimum > 0 && compared < minimum)
        {
            context.Report(
                MinimumRule,
                FindingLocation.ForColumn(outcomes.Label.Column.Name),
                Evidence.Of(Cells.Metric("auroc", auroc.Interval, minimum)),
                auroc.Value,
                auroc.Lower,
                auroc.Upper,
                minimum,
                useLower ? "95% lower bound" : "estimate");
        }

        context.ReportProgress(1);
    }
}
