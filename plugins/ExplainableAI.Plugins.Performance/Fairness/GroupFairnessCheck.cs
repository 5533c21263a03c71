using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Cohorts;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// For whom does the model work? Per sensitive attribute of the audit's cohorts (and per pair of attributes), compares
/// selection rate, TPR, FPR, FNR, precision, AUROC and calibration between groups, with bootstrap intervals, using
/// fairlearn's definitions so results are comparable (<see cref="FairnessRules"/>). One check, so the groups of an
/// attribute are analysed once with one seeded random stream; publishing the group metrics, judging the gaps and judging
/// calibration are each done by a class of their own.
/// </summary>
[AuditCheck]
public sealed class GroupFairnessCheck : AuditCheck
{
    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => FairnessRules.All;

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Scores | CheckInputs.Label;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cohorts = context.Cohorts;
        if (cohorts.Attributes.Count == 0)
        {
            context.Skip("no sensitive attribute is registered");
            return;
        }

        var outcomes = await ScoredOutcomes.LoadAsync(context, cancellationToken).ConfigureAwait(false);
        if (outcomes is null)
        {
            return;
        }

        var minGroupSize = Math.Max(1, context.OptionInteger(FairnessRules.GroupMetricsRule, FairnessRules.MinGroupSizeOption));
        var settings = new GroupAnalysisSettings(
            minGroupSize,
            Math.Max(0, context.OptionInteger(FairnessRules.GroupMetricsRule, FairnessRules.BootstrapResamplesOption)),
            Math.Max(0, context.OptionInteger(FairnessRules.GroupMetricsRule, FairnessRules.ExactBootstrapMaxRowsOption)),
            Math.Max(0, context.Option(FairnessRules.DemographicParityRatioRule, FairnessRules.MinRateOption)),
            Math.Max(0, context.Option(FairnessRules.EqualizedOddsRatioRule, FairnessRules.MinRateOption)));
        IReadOnlyList<CohortGrouping> all = context.OptionBoolean(FairnessRules.GroupMetricsRule, FairnessRules.IntersectionsOption)
            ? [.. cohorts.Attributes, .. cohorts.Intersections]
            : cohorts.Attributes;
        for (var a = 0; a < all.Count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = GroupAnalysis.Compute(outcomes, all[a], settings, context.Random, cancellationToken);
            GroupMetricsReport.Publish(context, analysis, minGroupSize);
            foreach (var metric in FairnessMetrics.All)
            {
                GapJudgement.Judge(context, analysis, metric);
            }

            CalibrationJudgement.Judge(context, analysis);
            context.ReportProgress((a + 1.0) / all.Count);
        }
    }
}
