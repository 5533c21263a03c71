using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// The fairness rules (XAI2001–XAI2008) and their options, as data: what <see cref="GroupFairnessCheck"/> reports, with
/// fairlearn's definitions, so the descriptors are read in one place apart from the code that finds them.
/// </summary>
public static class FairnessRules
{
    /// <summary>The option of the difference rules: the largest tolerated difference.</summary>
    public const string MaxDifferenceOption = "max_difference";

    /// <summary>The option of the ratio rules: the smallest tolerated ratio.</summary>
    public const string MinRatioOption = "min_ratio";

    /// <summary>The option that sets the minimum group size below which a group's numbers are suppressed.</summary>
    public const string MinGroupSizeOption = "min_group_size";

    /// <summary>The option that sets the number of bootstrap resamples.</summary>
    public const string BootstrapResamplesOption = "bootstrap_resamples";

    /// <summary>The option that switches the pairwise intersections of attributes on or off.</summary>
    public const string IntersectionsOption = "intersections";

    /// <summary>The option of the ratio rules: a component ratio is judged only when its larger rate is at least this.</summary>
    public const string MinRateOption = "min_rate";

    /// <summary>The option of the calibration-by-group rule: the largest tolerated calibration gap.</summary>
    public const string MaxCalibrationGapOption = "max_calibration_gap";

    /// <summary>The option that sets the largest group whose score metrics are bootstrapped row by row.</summary>
    public const string ExactBootstrapMaxRowsOption = "exact_bootstrap_max_rows";

    private const string Definitions =
        " A row is predicted positive when its score is at least the operating threshold. Definitions follow fairlearn "
        + "(between_groups): differences are largest minus smallest group value, ratios smallest over largest, over the "
        + "groups that are not suppressed (see XAI2007) and have the rate defined. The 95% interval is a percentile bootstrap "
        + "stratified by group (bootstrap_resamples of XAI2007, seeded). The finding carries its metric (estimate, 95% interval and "
        + "tolerance) and the groups behind the gap with their rates; the group table and charts are on the attribute's "
        + "XAI2007 finding. The warning needs the estimate and the whole interval "
        + "beyond the tolerance, so that noise in a small group is not reported as bias; a gap whose estimate is beyond the "
        + "tolerance but whose interval reaches it is reported by XAI2006 as not conclusive.";

    private static readonly string[] Requirements =
        ["EU-AIA-ART10-2F", "EU-AIA-ART10-2G", "EU-AIA-ART10-3", "EU-AIA-ART13-3B-V", "EU-AIA-ANNEX4-2G", "JP-SP-FAIRNESS", "JP-BIZ-FAIRNESS-1", "JP-MLQM-EXT-FAIRNESS", "GMLP-P3", "GMLP-P8", "ISO-TR24027"];

    /// <summary>XAI2001: demographic parity difference beyond tolerance.</summary>
    public static readonly RuleDescriptor DemographicParityDifferenceRule = new(
        FairnessRuleIds.DemographicParityDifference,
        "Selection rate differs between groups",
        "Selection rate differs across '{0}': {1} {2:P1} vs {3} {4:P1}; the demographic parity difference and its whole 95% interval are above the tolerance",
        CheckFamily.Fairness,
        Severity.Warning,
        "Demographic parity difference: the largest minus the smallest selection rate (share of rows predicted positive) "
        + "between groups; warns when its whole 95% interval is above max_difference." + Definitions,
        Requirements,
        [new RuleOption(MaxDifferenceOption, 0.1, "Largest tolerated demographic parity difference. Default 0.1.")]);

    /// <summary>XAI2002: demographic parity ratio below tolerance (four-fifths rule).</summary>
    public static readonly RuleDescriptor DemographicParityRatioRule = new(
        FairnessRuleIds.DemographicParityRatio,
        "Selection rate of a group is below four fifths of another's",
        "Selection rate of {1} ({2:P1}) is too small a share of that of {3} ({4:P1}) across '{0}': the demographic parity ratio and its whole 95% interval are below the tolerance",
        CheckFamily.Fairness,
        Severity.Warning,
        "Demographic parity ratio: the smallest over the largest selection rate between groups (disparate impact of the "
        + "least- versus the most-favoured group); warns when its whole 95% interval is below min_ratio (0.8, the "
        + "four-fifths rule); judged only when the largest selection rate reaches min_rate." + Definitions,
        Requirements,
        [
            new RuleOption(MinRatioOption, 0.8, "Smallest tolerated demographic parity ratio (the four-fifths rule). Default 0.8."),
            new RuleOption(MinRateOption, 0.05, "The ratio is judged only when the largest selection rate is at least this (else info: a ratio of rare events is noise). Default 0.05; 0 judges every ratio."),
        ]);

    /// <summary>XAI2003: equalized odds difference beyond tolerance.</summary>
    public static readonly RuleDescriptor EqualizedOddsDifferenceRule = new(
        FairnessRuleIds.EqualizedOddsDifference,
        "Error rates differ between groups (equalized odds)",
        "Error rates differ across '{0}': the equalized odds difference {1:F3} and its whole 95% interval are above the tolerance, driven by the {2} of {3} against {4}",
        CheckFamily.Fairness,
        Severity.Warning,
        "Equalized odds difference: the larger of the TPR difference and the FPR difference between groups; warns when "
        + "its whole 95% interval is above max_difference." + Definitions,
        Requirements,
        [new RuleOption(MaxDifferenceOption, 0.1, "Largest tolerated equalized odds difference. Default 0.1.")]);

    /// <summary>XAI2004: equalized odds ratio below tolerance.</summary>
    public static readonly RuleDescriptor EqualizedOddsRatioRule = new(
        FairnessRuleIds.EqualizedOddsRatio,
        "Error rates of a group are far from another's (equalized odds ratio)",
        "Equalized odds ratio across '{0}' is {4:F3}, below the tolerance with its whole 95% interval: the {1} of {2} is {4:P0} of that of {3}",
        CheckFamily.Fairness,
        Severity.Warning,
        "Equalized odds ratio: the smaller of the TPR ratio and the FPR ratio (smallest over largest) between groups; "
        + "warns when its whole 95% interval is below min_ratio. Ratios of rare events are noise (FPR 0.9% vs 2.1% is a ratio "
        + "of 0.43): a component (TPR ratio, FPR ratio) is judged only when its larger rate reaches min_rate, and the "
        + "judged ratio is the smaller of the components kept (the published equalized_odds_ratio stays fairlearn's). The "
        + "message names the component that gives the judged ratio and its two groups; the rates of both components are in "
        + "the finding's table and the attribute's group table (XAI2007)."
        + Definitions,
        Requirements,
        [
            new RuleOption(MinRatioOption, 0.8, "Smallest tolerated equalized odds ratio. Default 0.8."),
            new RuleOption(MinRateOption, 0.05, "The TPR ratio and the FPR ratio are each judged only when their larger rate is at least this (else left out; info when both are). Default 0.05; 0 judges every ratio."),
        ]);

    /// <summary>XAI2005: equal opportunity difference beyond tolerance.</summary>
    public static readonly RuleDescriptor EqualOpportunityDifferenceRule = new(
        FairnessRuleIds.EqualOpportunityDifference,
        "Sensitivity differs between groups (equal opportunity)",
        "Sensitivity (TPR) differs across '{0}': {1} {2:P1} vs {3} {4:P1}; the equal opportunity difference and its whole 95% interval are above the tolerance: positives in {1} are missed more often",
        CheckFamily.Fairness,
        Severity.Warning,
        "Equal opportunity difference: the largest minus the smallest true-positive rate (sensitivity) between groups; "
        + "warns when its whole 95% interval is above max_difference. In medicine this is under-diagnosis of a group."
        + Definitions,
        Requirements,
        [new RuleOption(MaxDifferenceOption, 0.1, "Largest tolerated equal opportunity difference. Default 0.1.")]);

    /// <summary>XAI2006: a gap within tolerance, or not clearly beyond it.</summary>
    public static readonly RuleDescriptor WithinToleranceRule = new(
        FairnessRuleIds.GapWithinTolerance,
        "Fairness gap within tolerance or not conclusive",
        "{0} across '{1}' is {2:0.000;−0.000;0.000}: {3} (tolerance {4:F3})",
        CheckFamily.Fairness,
        Severity.Info,
        "Reported for every summary (demographic parity, equalized odds, equal opportunity) that does not raise its "
        + "warning (XAI2001–XAI2005), so a reviewer sees that the gap was examined and how sure the result is: 'within "
        + "tolerance' when the estimate is within it, 'not conclusive' when the estimate is beyond it but the interval "
        + "reaches it (collect more data for the group).",
        Requirements);

    /// <summary>XAI2008: a group's calibration differs from the overall.</summary>
    public static readonly RuleDescriptor CalibrationByGroupRule = new(
        FairnessRuleIds.CalibrationByGroup,
        "Calibration differs between groups",
        "Risk is {3} for {1} across '{0}': its calibration gap {2:0.000;−0.000;0.000} and its whole 95% interval are beyond ±{4:F3}",
        CheckFamily.Fairness,
        Severity.Warning,
        "Calibration by group: for probability scores, each group's calibration in the large, the observed positive rate "
        + "minus the mean score (O − E; positive: the model under-estimates the group's risk), is compared with the same "
        + "over all rows of the attribute; the difference is the group's calibration gap. Warns for each group that is not "
        + "suppressed whose gap estimate and whole 95% interval (percentile bootstrap stratified by group, "
        + "bootstrap_resamples of XAI2007) are beyond ±max_calibration_gap; otherwise XAI2006 reports the largest gap as "
        + "within tolerance or not conclusive. Per-group Brier score and ECE with intervals are in the evidence table; the "
        + "ECE is not judged between groups because it grows as groups shrink (fewer rows per bin). A model calibrated on "
        + "average but not in a group misleads clinicians about that group's risk.",
        Requirements,
        [new RuleOption(MaxCalibrationGapOption, 0.05, "Largest tolerated calibration gap (difference of observed minus mean score between a group and all rows). Default 0.05.")]);

    /// <summary>XAI2007: per-group metrics of an attribute, with the grouping and bootstrap settings.</summary>
    public static readonly RuleDescriptor GroupMetricsRule = new(
        FairnessRuleIds.GroupMetrics,
        "Performance by group",
        "Group metrics for '{0}': {1} groups reported, {2} suppressed with fewer than {3} rows",
        CheckFamily.Fairness,
        Severity.Info,
        "For each sensitive attribute (and, with intersections on, each pair of them, e.g. sex&age) publishes per group "
        + "(subject attribute=value): n, positives, selection_rate, tpr, fpr, fnr, precision (proportions: Wilson score 95% "
        + "intervals over each rate's own denominator, which stay informative at 0 and 1 with few cases), disparate_impact "
        + "(the group's selection rate over the most-favoured group's, percentile-bootstrap interval stratified by group, "
        + "bootstrap_resamples resamples of each group's confusion matrix as multinomial counts; the "
        + "four-fifths rule reads it against 0.8), auroc, and for probability scores brier, ece (10 equal-width bins), "
        + "calibration_in_the_large (observed rate minus mean score) and calibration_gap (that minus the same over all rows; "
        + "see XAI2008), with row-level bootstrap intervals stratified by group (groups above exact_bootstrap_max_rows: "
        + "DeLong and normal-approximation intervals, none for the ECE); and per attribute demographic_parity_difference/ratio, "
        + "equalized_odds_difference/ratio and equal_opportunity_difference with intervals. Groups: the audit's cohorts, "
        + "the same in every section of the report: the levels of categorical and boolean attributes; each value of a "
        + "numeric attribute with at most 10 values; otherwise bands at the edges declared for the attribute in the "
        + "manifest's data.sensitive_attributes (default [40, 65]: the age bands <40, [40,65), >=65). Missing values form "
        + "the group (missing). Small-cell protection: a "
        + "group with fewer than min_group_size rows publishes only suppressed = 1, no count or rate, and is left out of "
        + "the summaries (medical statistics practice; it protects patients). A bootstrap interval that collapses to one "
        + "point (every resample gave the same value) is not published and is marked [degenerate] in the table. This "
        + "finding carries the attribute's group table and charts, once; the other findings about the attribute carry "
        + "only their metric.",
        ["EU-AIA-ART10-2F", "EU-AIA-ART10-2H", "EU-AIA-ART10-3", "EU-AIA-ART13-3B-V", "JP-SP-FAIRNESS", "JP-MLQM-EXT-FAIRNESS", "GMLP-P3", "GMLP-P9", "ISO-TR24027"],
        [
            RuleOption.Integer(MinGroupSizeOption, 10, "Groups with fewer rows are suppressed. Default 10."),
            RuleOption.Integer(BootstrapResamplesOption, 1000, "Bootstrap resamples for the intervals of the summaries, disparate impact and score metrics. Default 1000; 0: no bootstrap intervals (point estimates decide; the rates keep their Wilson intervals)."),
            RuleOption.Integer(ExactBootstrapMaxRowsOption, 10000, "Groups up to this many rows get row-level bootstrap intervals for AUROC, Brier, ECE and calibration in the large; larger groups the asymptotic ones (DeLong, normal approximation; no ECE interval). Default 10000; 0: no limit."),
            RuleOption.Boolean(IntersectionsOption, true, "true: also analyse every pair of sensitive attributes; false: single attributes only. Default true."),
        ]);

    /// <summary>Every fairness rule, in ID order of the report.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [DemographicParityDifferenceRule, DemographicParityRatioRule, EqualizedOddsDifferenceRule, EqualizedOddsRatioRule, EqualOpportunityDifferenceRule, WithinToleranceRule, GroupMetricsRule, CalibrationByGroupRule];

    /// <summary>The rule that judges a summary metric.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>Its rule.</returns>
    internal static RuleDescriptor Of(FairnessMetric metric) => metric switch
    {
        FairnessMetric.DemographicParityDifference => DemographicParityDifferenceRule,
        FairnessMetric.DemographicParityRatio => DemographicParityRatioRule,
        FairnessMetric.EqualizedOddsDifference => EqualizedOddsDifferenceRule,
        FairnessMetric.EqualizedOddsRatio => EqualizedOddsRatioRule,
        _ => EqualOpportunityDifferenceRule,
    };
}
