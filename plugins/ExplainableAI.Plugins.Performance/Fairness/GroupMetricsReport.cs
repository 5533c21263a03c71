using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// XAI2007: publishes an attribute's per-group metrics and summaries as measurements, and its group table and charts once,
/// on the attribute's finding. A suppressed group publishes only that it is suppressed.
/// </summary>
internal static class GroupMetricsReport
{
    public static void Publish(CheckContext context, GroupAnalysis analysis, int minGroupSize)
    {
        foreach (var group in analysis.Groups)
        {
            if (group.Suppressed)
            {
                context.Measure("suppressed", 1, subject: group.Subject);
                continue;
            }

            context.Measure("n", group.Counts.Total, subject: group.Subject);
            context.Measure("positives", group.Counts.Positives, subject: group.Subject);
            foreach (var rate in GroupRates.All)
            {
                Publish(context, GroupRates.Name(rate), group.Rate(rate), group.Subject);
            }

            Publish(context, "auroc", group.Auroc, group.Subject);
            Publish(context, "disparate_impact", group.DisparateImpact, group.Subject);
            Publish(context, "brier", group.Brier, group.Subject);
            Publish(context, "ece", group.Ece, group.Subject);
            Publish(context, "calibration_in_the_large", group.CalibrationInTheLarge, group.Subject);
            Publish(context, "calibration_gap", group.CalibrationGap, group.Subject);
        }

        foreach (var metric in FairnessMetrics.All)
        {
            Publish(context, FairnessMetrics.Name(metric), analysis.Summaries[metric], analysis.Attribute);
        }

        var evidence = GroupEvidence.Build(analysis, minGroupSize);
        var suppressed = analysis.Groups.Count(g => g.Suppressed);
        context.Report(FairnessRules.GroupMetricsRule, FindingLocation.ForColumn(analysis.Attribute), evidence, analysis.Attribute, analysis.Groups.Count - suppressed, suppressed, minGroupSize);
    }

    private static void Publish(CheckContext context, string name, Interval value, string subject)
    {
        if (!double.IsNaN(value.Value))
        {
            var published = value.Published;
            context.Measure(name, published.Value, subject, published.LowerOrNull, published.UpperOrNull);
        }
    }
}
