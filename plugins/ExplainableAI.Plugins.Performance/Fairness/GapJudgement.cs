using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// XAI2001–XAI2006: judges one summary metric of an attribute against its tolerance. The warning needs the estimate and
/// the whole interval beyond the tolerance; otherwise XAI2006 reports the gap as within tolerance or not conclusive.
/// </summary>
internal static class GapJudgement
{
    public static void Judge(CheckContext context, GroupAnalysis analysis, FairnessMetric metric)
    {
        var published = analysis.Summaries[metric];
        if (double.IsNaN(published.Value))
        {
            return;
        }

        var rule = FairnessRules.Of(metric);
        var ratio = FairnessMetrics.IsRatio(metric);
        var tolerance = context.Option(rule, ratio ? FairnessRules.MinRatioOption : FairnessRules.MaxDifferenceOption);
        var judged = ratio ? analysis.Judged[metric] : new JudgedRatio(published, [], []);
        var value = judged.Value;
        var id = FairnessMetrics.Name(metric);
        var name = MetricWords.Of(id);
        if (judged.Excluded.Count > 0)
        {
            name += " (left out, below min_rate " + Cells.Number(context.Option(rule, FairnessRules.MinRateOption)) + ": " + string.Join(", ", judged.Excluded) + ")";
        }

        if (double.IsNaN(value.Value))
        {
            context.Report(
                FairnessRules.WithinToleranceRule,
                FindingLocation.ForColumn(analysis.Attribute),
                Evidence.Of(Cells.Metric(id, published, tolerance)),
                name,
                analysis.Attribute,
                published.Value,
                "not judged, the rates are too rare for a ratio to mean anything",
                tolerance);
            return;
        }

        // The estimate and the whole interval must be beyond the tolerance (the percentile interval of a max − min is
        // biased upward, so the interval alone could warn about a gap whose estimate is within tolerance).
        var beyond = ratio
            ? value.Value < tolerance && (!value.HasBounds || value.Upper < tolerance)
            : value.Value > tolerance && (!value.HasBounds || value.Lower > tolerance);
        var judgedMetric = Cells.Metric(id, value, tolerance);
        var metricEvidence = Evidence.Of(judgedMetric);
        if (!beyond)
        {
            var within = ratio ? value.Value >= tolerance : value.Value <= tolerance;
            context.Report(
                FairnessRules.WithinToleranceRule,
                FindingLocation.ForColumn(analysis.Attribute),
                metricEvidence,
                name,
                analysis.Attribute,
                value.Value,
                within ? "within tolerance" : "not conclusive, the estimate is beyond the tolerance but its interval reaches it",
                tolerance);
            return;
        }

        switch (metric)
        {
            case FairnessMetric.DemographicParityDifference or FairnessMetric.DemographicParityRatio or FairnessMetric.EqualOpportunityDifference:
                {
                    var rate = metric == FairnessMetric.EqualOpportunityDifference ? GroupRate.Tpr : GroupRate.SelectionRate;
                    var (low, high) = analysis.Extremes(rate)!.Value;
                    context.Report(
                        rule,
                        new FindingLocation(Column: analysis.Attribute, Group: low.Subject),
                        GapEvidence.Extremes(judgedMetric, analysis, rate),
                        analysis.Attribute,
                        low.Subject,
                        low.Rate(rate).Value,
                        high.Subject,
                        high.Rate(rate).Value);
                    break;
                }

            case FairnessMetric.EqualizedOddsRatio:
                {
                    // The component that gives the judged (smallest kept) ratio; the lower group of the TPR, the higher
                    // of the FPR is the one disadvantaged.
                    var component = judged.Kept
                        .Select(r => analysis.Extremes(r) is { } e
                            ? (Rate: r, e.Low, e.High, Ratio: e.Low.Rate(r).Value / e.High.Rate(r).Value)
                            : (Rate: r, Low: null!, High: null!, Ratio: double.NaN))
                        .Where(c => !double.IsNaN(c.Ratio))
                        .MinBy(c => c.Ratio);
                    var named = component.Rate == GroupRate.Fpr ? component.High : component.Low;
                    context.Report(
                        rule,
                        new FindingLocation(Column: analysis.Attribute, Group: named.Subject),
                        GapEvidence.Extremes(judgedMetric, analysis, GroupRate.Tpr, GroupRate.Fpr),
                        analysis.Attribute,
                        GroupRates.Label(component.Rate),
                        component.Low.Subject,
                        component.High.Subject,
                        value.Value);
                    break;
                }

            default:
                {
                    var (tprLow, tprHigh) = analysis.Extremes(GroupRate.Tpr)!.Value;
                    var (fprLow, fprHigh) = analysis.Extremes(GroupRate.Fpr)!.Value;
                    // The group to name: the lower TPR when the TPR gap drives the summary, else the higher FPR.
                    var tprDrives = tprHigh.Rate(GroupRate.Tpr).Value - tprLow.Rate(GroupRate.Tpr).Value >= fprHigh.Rate(GroupRate.Fpr).Value - fprLow.Rate(GroupRate.Fpr).Value;
                    context.Report(
                        rule,
                        new FindingLocation(Column: analysis.Attribute, Group: tprDrives ? tprLow.Subject : fprHigh.Subject),
                        GapEvidence.Extremes(judgedMetric, analysis, GroupRate.Tpr, GroupRate.Fpr),
                        analysis.Attribute,
                        value.Value,
                        GroupRates.Label(tprDrives ? GroupRate.Tpr : GroupRate.Fpr),
                        tprDrives ? tprLow.Subject : fprHigh.Subject,
                        tprDrives ? tprHigh.Subject : fprLow.Subject);
                    break;
                }
        }
    }
}
