using System.Globalization;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// How the classifier performs at its operating threshold (a row is positive when its score is at least the registered
/// threshold): sensitivity, specificity, PPV, NPV, F1, accuracy and balanced accuracy with 95% intervals; warns when
/// sensitivity or specificity does not demonstrate the declared minimum. Optionally finds the threshold that reaches a
/// declared target sensitivity.
/// </summary>
[AuditCheck]
public sealed class OperatingPointCheck : AuditCheck
{
    /// <summary>The option that sets the number of bootstrap resamples for the F1 and balanced-accuracy intervals.</summary>
    public const string BootstrapResamplesOption = "bootstrap_resamples";

    /// <summary>The option that sets a target sensitivity whose threshold is reported.</summary>
    public const string TargetSensitivityOption = "target_sensitivity";

    /// <summary>The option that sets the declared minimum sensitivity.</summary>
    public const string MinSensitivityOption = "min_sensitivity";

    /// <summary>The option that sets the declared minimum specificity.</summary>
    public const string MinSpecificityOption = "min_specificity";

    /// <summary>The option that chooses whether the interval's lower bound (1) or the estimate (0) is compared with the minimum.</summary>
    public const string UseLowerBoundOption = "use_lower_bound";

    private static readonly string[] Requirements =
        ["EU-AIA-ART15-1", "EU-AIA-ART15-3", "EU-AIA-ART13-3B-II", "EU-AIA-ANNEX4-2G", "JP-MLQM-EXT-AI-PERFORMANCE", "JP-MLQM-MODEL-CORRECTNESS", "JP-PMD-AI-EVAL-INDEX", "GMLP-P8", "GMLP-P9", "ISO-TS4213"];

    /// <summary>XAI5003: the operating-point summary (always reported, info).</summary>
    public static readonly RuleDescriptor SummaryRule = new(
        PerformanceRuleIds.OperatingPoint,
        "Performance at the operating threshold",
        "At threshold {0}: sensitivity {1:P1}, specificity {2:P1}, PPV {3:P1}, NPV {4:P1}",
        CheckFamily.Performance,
        Severity.Info,
        "At the registered operating threshold (a row is predicted positive when its score is at least it; default 0.5) "
        + "counts the confusion matrix and publishes sensitivity, specificity, ppv, npv, f1, accuracy and "
        + "balanced_accuracy, each with a 95% interval: Wilson score intervals for the proportions (sensitivity, "
        + "specificity, PPV, NPV, accuracy) and percentile-bootstrap intervals for F1 and balanced accuracy "
        + "(bootstrap_resamples resamples of the confusion matrix as multinomial counts, seeded). A metric whose denominator "
        + "is 0 is not published. When target_sensitivity is set, also publishes threshold_at_target_sensitivity, the "
        + "highest threshold whose sensitivity reaches it, and specificity_at_target_sensitivity. The message gives the "
        + "estimates; the intervals are in the finding's evidence with the confusion matrix.",
        Requirements,
        [
            RuleOption.Integer(BootstrapResamplesOption, 1000, "Bootstrap resamples for the F1 and balanced-accuracy intervals. Default 1000."),
            new RuleOption(TargetSensitivityOption, 0, "A target sensitivity (0 to 1) whose threshold is published. Default 0: off."),
        ]);

    /// <summary>XAI5004: sensitivity does not demonstrate the declared minimum.</summary>
    public static readonly RuleDescriptor SensitivityRule = new(
        PerformanceRuleIds.SensitivityBelowMinimum,
        "Sensitivity below the declared minimum",
        "Sensitivity {0:P1} (95% CI {1:P1}–{2:P1}) does not demonstrate the declared minimum {3:P1}: its {4} is below it",
        CheckFamily.Performance,
        Severity.Warning,
        "Compares the sensitivity at the operating threshold with the minimum the manufacturer declares (min_sensitivity; "
        + "0, the default, switches the rule off). By default the lower bound of the 95% Wilson interval is compared; set "
        + "use_lower_bound to false to compare the point estimate. Missed positives are missed diagnoses: lower the threshold, "
        + "improve the model, or revise the claim. The evidence holds the operating threshold and the positives found of all "
        + "positives.",
        Requirements,
        [
            new RuleOption(MinSensitivityOption, 0, "Declared minimum sensitivity (0 to 1). Default 0: off."),
            RuleOption.Boolean(UseLowerBoundOption, true, "true: compare the 95% interval's lower bound with the minimum; false: compare the point estimate. Default true."),
        ]);

    /// <summary>XAI5005: specificity does not demonstrate the declared minimum.</summary>
    public static readonly RuleDescriptor SpecificityRule = new(
        PerformanceRuleIds.SpecificityBelowMinimum,
        "Specificity below the declared minimum",
        "Specificity {0:P1} (95% CI {1:P1}–{2:P1}) does not demonstrate the declared minimum {3:P1}: its {4} is below it",
        CheckFamily.Performance,
        Severity.Warning,
        "Compares the specificity at the operating threshold with the minimum the manufacturer declares (min_specificity; "
        + "0, the default, switches the rule off). By default the lower bound of the 95% Wilson interval is compared; set "
        + "use_lower_bound to false to compare the point estimate. False alarms cost clinicians' attention and patients' "
        + "follow-up tests. The evidence holds the operating threshold and the negatives cleared of all negatives.",
        Requirements,
        [
            new RuleOption(MinSpecificityOption, 0, "Declared minimum specificity (0 to 1). Default 0: off."),
            RuleOption.Boolean(UseLowerBoundOption, true, "true: compare the 95% interval's lower bound with the minimum; false: compare the point estimate. Default true."),
        ]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [SummaryRule, SensitivityRule, SpecificityRule];

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
        var counts = ConfusionCounts.At(outcomes.Scores, outcomes.Positive, outcomes.Threshold);
        var resamples = Math.Max(0, context.OptionInteger(SummaryRule, BootstrapResamplesOption));
        var metrics = OperatingPointMetrics.Compute(counts, context.Random, resamples);
        foreach (var (name, value) in metrics.Named)
        {
            if (!double.IsNaN(value.Value))
            {
                // An interval that collapsed to one point (F1 of a perfect classifier, say) is not published.
                var published = value.Published;
                context.Measure(name, published.Value, lower: published.LowerOrNull, upper: published.UpperOrNull);
            }
        }

        var threshold = outcomes.Threshold.ToString("R", CultureInfo.InvariantCulture);
        var table = new EvidenceTable(
            $"Confusion matrix at threshold {threshold}",
            ["", "Predicted positive", "Predicted negative"],
            [
                ["Actual positive", Cells.Count(counts.TruePositives), Cells.Count(counts.FalseNegatives)],
                ["Actual negative", Cells.Count(counts.FalsePositives), Cells.Count(counts.TrueNegatives)],
            ]);
        var evidence = new Evidence(Metrics: [.. metrics.Named.Select(m => Cells.Metric(m.Name, m.Value))], Tables: [table]);
        var location = FindingLocation.ForColumn(outcomes.Label.Column.Name);
        context.Report(
            SummaryRule,
            location,
            evidence,
            threshold,
            metrics.Sensitivity.Value,
            metrics.Specificity.Value,
            metrics.Ppv.Value,
            metrics.Npv.Value);

        var target = context.Option(SummaryRule, TargetSensitivityOption);
        if (target > 0 && counts.Positives > 0)
        {
            var (at, specificity) = ThresholdForSensitivity(outcomes, target);
            context.Measure("threshold_at_target_sensitivity", at);
            context.Measure("specificity_at_target_sensitivity", specificity);
        }

        // The confusion matrix is on the summary alone; the warnings carry their metric.
        Compare(context, SensitivityRule, MinSensitivityOption, metrics.Sensitivity, outcomes.Threshold, ("true_positives", counts.TruePositives), ("positives", counts.Positives), location);
        Compare(context, SpecificityRule, MinSpecificityOption, metrics.Specificity, outcomes.Threshold, ("true_negatives", counts.TrueNegatives), ("negatives", counts.Negatives), location);
        context.ReportProgress(1);
    }

    /// <summary>The highest threshold (a distinct score) whose sensitivity reaches the target, and the specificity there.</summary>
    /// <param name="outcomes">The scored rows.</param>
    /// <param name="target">The target sensitivity.</param>
    /// <returns>The threshold and specificity.</returns>
    internal static (double Threshold, double Specificity) ThresholdForSensitivity(ScoredOutcomes outcomes, double target)
    {
        var scores = outcomes.Scores;
        var positive = outcomes.Positive;
        long totalPositives = 0;
        foreach (var y in positive)
        {
            totalPositives += y;
        }

        long totalNegatives = scores.Length - totalPositives;
        long tp = 0;
        long fp = 0;
        for (var end = scores.Length; end > 0;)
        {
            var start = end - 1;
            while (start > 0 && scores[start - 1] == scores[end - 1])
            {
                start--;
            }

            for (var i = start; i < end; i++)
            {
                tp += positive[i];
            }

            fp = scores.Length - start - tp;
            if (tp >= target * totalPositives)
            {
                return (scores[start], totalNegatives == 0 ? double.NaN : (totalNegatives - fp) / (double)totalNegatives);
            }

            end = start;
        }

        return (scores[0], totalNegatives == 0 ? double.NaN : (totalNegatives - fp) / (double)totalNegatives);
    }

    private static void Compare(
        CheckContext context,
        RuleDescriptor rule,
        string option,
        Interval metric,
        double threshold,
        (string Name, long Count) hits,
        (string Name, long Count) total,
        FindingLocation location)
    {
        var minimum = context.Option(rule, option);
        if (minimum <= 0 || double.IsNaN(metric.Value))
        {
            return;
        }

        var useLower = context.OptionBoolean(rule, UseLowerBoundOption);
        var compared = useLower ? metric.Lower : metric.Value;
        if (compared < minimum)
        {
            var name = rule == SensitivityRule ? "sensitivity" : "specificity";
            context.Report(
                rule,
                location,
                // The threshold and the counts behind the proportion are evidence, so the message stays short.
                Evidence.Of(Cells.Metric(name, metric, minimum), new EvidenceMetric("threshold", threshold), new EvidenceMetric(hits.Name, hits.Count), new EvidenceMetric(total.Name, total.Count)),
                metric.Value,
                metric.Lower,
                metric.Upper,
                minimum,
                useLower ? "95% lower bound" : "estimate");
        }
    }
}
