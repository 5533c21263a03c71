namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>
/// Compares every column of the current data with the reference: all drift statistics are published, the chosen method
/// decides, each drifted column is reported with its histograms, and the share of drifted columns decides dataset drift.
/// A change in the missing-value rate is reported on its own.
/// </summary>
[AuditCheck]
public sealed class ColumnDriftCheck : AuditCheck
{
    /// <summary>The option of XAI3002: the share of drifted columns at which the dataset has drifted.</summary>
    public const string DriftShareOption = "drift_share";

    /// <summary>The option of XAI3006: the largest tolerated change of a missing rate.</summary>
    public const string MaxMissingRateChangeOption = "max_missing_rate_change";

    private static readonly string[] Requirements =
        ["EU-AIA-ART72-2", "EU-AIA-ART15-1", "EU-AIA-ART15-4", "JP-MLQM-OPS-MAINTAINABILITY", "JP-MLQM-DATA-UNIFORMITY", "GMLP-P10"];

    /// <summary>XAI3001: a column's distribution moved.</summary>
    public static readonly RuleDescriptor Rule = new(
        DriftRuleIds.ColumnDrift,
        "Column distribution drifted",
        "Column '{0}' has drifted: {1} {2} (threshold {3}){4}",
        CheckFamily.Drift,
        Severity.Warning,
        "Compares each column's non-missing values in the current data with the reference: Kolmogorov-Smirnov (scipy ks_2samp, "
        + "exact p-value up to 10,000 values per sample), Wasserstein-1 and its normed form, PSI and Jensen-Shannon distance on "
        + "the reference deciles, chi-square of homogeneity on categories. All are published; the method chosen as Evidently "
        + "does (or set by the method option) decides. A model validated on the reference may not hold on data that moved: "
        + "check the data pipeline (a new assay, a new site) and re-validate before relying on the model.",
        Requirements,
        DriftOptions.All);

    /// <summary>XAI3002: the share of drifted columns is at or above <c>drift_share</c>.</summary>
    public static readonly RuleDescriptor DatasetRule = new(
        DriftRuleIds.DatasetDrift,
        "Dataset drifted",
        "{0} of {1} columns have drifted ({2:P0}), at or above the dataset threshold {3:P0}",
        CheckFamily.Drift,
        Severity.Warning,
        "Counts the columns that XAI3001 finds drifted. When their share reaches drift_share the dataset as a whole has moved "
        + "and the model's validation no longer describes it. The share is published as drift_share.",
        Requirements,
        [new RuleOption(DriftShareOption, 0.5, "Share of compared columns (0 to 1) that must drift for the dataset to count as drifted; reported when at least this. Default 0.5.")]);

    /// <summary>XAI3006: a column's missing-value rate changed by more than tolerated.</summary>
    public static readonly RuleDescriptor MissingRule = new(
        DriftRuleIds.MissingRateChange,
        "Missing-value rate changed",
        "Missing rate of column '{0}' changed from {1:P1} to {2:P1}, more than the tolerated {3:P1}",
        CheckFamily.Drift,
        Severity.Warning,
        "Compares each column's share of missing values in the current data with the reference. A new wave of missing values "
        + "(an interface that stopped sending a field, a test no longer ordered) is drift too, and imputation hides it from "
        + "every other statistic.",
        Requirements,
        [new RuleOption(MaxMissingRateChangeOption, 0.1, "Largest tolerated absolute change of a column's missing rate (0 to 1); a larger change is reported. Default 0.1.")]);

    /// <summary>XAI3008: the drift summary of all compared columns.</summary>
    public static readonly RuleDescriptor SummaryRule = new(
        DriftRuleIds.DriftSummary,
        "Drift summary",
        "{0} of {1} columns drifted; largest relative to its threshold: '{2}', {3} {4}",
        CheckFamily.Drift,
        Severity.Info,
        "Lists every compared column with its deciding method, statistic, threshold and decision, drifted columns first and "
        + "then by how far the statistic is past its threshold (statistic / threshold for distances, threshold / p-value for "
        + "tests). The charts and bin tables of the drifted columns are in their own findings (XAI3001), so the summary "
        + "shows each once. It documents that the data were monitored even when nothing drifted.",
        Requirements);

    /// <summary>XAI3009: the drift method declared for a column does not fit it.</summary>
    public static readonly RuleDescriptor MethodRule = new(
        DriftRuleIds.MethodNotApplicable,
        "Declared drift method does not fit the column",
        "Drift method '{0}' declared for column '{1}' does not fit its {2} distinct {3} values; the automatic choice decides instead: {4}",
        CheckFamily.Drift,
        Severity.Warning,
        "The manifest declares a drift method for the column (data.features.<column>.drift_method) that cannot be computed "
        + "on it: ks and wasserstein need a numeric column, z_test exactly two distinct values. The automatic choice decides "
        + "for the column instead, so the audit goes on; correct the manifest so the declared method is the one used.",
        Requirements);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule, DatasetRule, MissingRule, SummaryRule, MethodRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Reference;

    /// <inheritdoc />
    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = DriftOptions.Read(context, Rule);
        var pairs = ColumnPair.Find(context);
        var results = new ColumnDrift[pairs.Count];
        // Columns are independent: compare them in parallel, in batches so progress moves, then measure in column order.
        var batch = Math.Max(1, Environment.ProcessorCount);
        for (var start = 0; start < pairs.Count; start += batch)
        {
            var end = Math.Min(start + batch, pairs.Count);
            Parallel.For(start, end, new ParallelOptions { CancellationToken = cancellationToken }, c =>
            {
                var pair = pairs[c];
                results[c] = ColumnComparer.Compare(pair.Name, pair.Reference, pair.Current, settings, cancellationToken);
            });
            context.ReportProgress((double)end / pairs.Count);
        }

        foreach (var drift in results)
        {
            DriftEvidence.Measure(context, drift, drift.Column);
            if (drift.RequestNotApplicable && drift.RequestedForColumn)
            {
                context.Report(
                    MethodRule,
                    FindingLocation.ForColumn(drift.Column),
                    Evidence.None,
                    DriftMethods.ManifestName(drift.RequestedMethod),
                    drift.Column,
                    drift.DistinctValues,
                    double.IsNaN(drift.KsStatistic) ? "categorical" : "numeric",
                    DriftMethods.Words(drift.Method));
            }
        }

        // Drifted columns are reported strongest first, so the report opens with the column that moved most.
        var ordered = DriftSummary.Order(results);
        foreach (var drift in ordered.Where(d => d.Drifted))
        {
            // Every drifted column shows its distributions in its own finding, and only there.
            context.Report(
                Rule,
                FindingLocation.ForColumn(drift.Column),
                DriftEvidence.For(drift, $"Cumulative distribution of {drift.Column}", DriftEvidence.ValueLabel(context, drift.Column)),
                drift.Column,
                DriftMethods.Words(drift.Method),
                DriftMethods.ValueText(drift.Method, drift.Statistic),
                DriftMethods.ThresholdText(drift.Method, drift.Threshold),
                DriftEvidence.NewCategoriesText(drift));
        }

        var maxMissingChange = context.Option(MissingRule, MaxMissingRateChangeOption);
        foreach (var drift in results)
        {
            var change = drift.MissingRateCurrent - drift.MissingRateReference;
            if (Math.Abs(change) > maxMissingChange)
            {
                context.Report(
                    MissingRule,
                    FindingLocation.ForColumn(drift.Column),
                    Evidence.Of(
                        new EvidenceMetric("missing_rate_reference", drift.MissingRateReference),
                        new EvidenceMetric("missing_rate_current", drift.MissingRateCurrent),
                        new EvidenceMetric("missing_rate_change", change, Threshold: maxMissingChange)),
                    drift.Column,
                    drift.MissingRateReference,
                    drift.MissingRateCurrent,
                    maxMissingChange);
            }
        }

        var compared = ordered.Count;
        var drifted = ordered.Count(d => d.Drifted);
        if (compared > 0)
        {
            var share = (double)drifted / compared;
            var threshold = context.Option(DatasetRule, DriftShareOption);
            context.Measure("drift_share", share);
            context.Measure("drifted_columns", drifted);
            if (share >= threshold)
            {
                context.Report(
                    DatasetRule,
                    FindingLocation.Dataset,
                    Evidence.Of(new EvidenceMetric("drift_share", share, Threshold: threshold), new EvidenceMetric("drifted_columns", drifted)),
                    drifted,
                    compared,
                    share,
                    threshold);
            }

            context.Report(
                SummaryRule,
                FindingLocation.Dataset,
                new Evidence(
                    [new EvidenceMetric("drift_share", share, Threshold: threshold), new EvidenceMetric("drifted_columns", drifted)],
                    [DriftSummary.Table(ordered)]),
                drifted,
                compared,
                ordered[0].Column,
                DriftMethods.Words(ordered[0].Method),
                // Its threshold, with every other column's, is in the table.
                DriftMethods.ValueText(ordered[0].Method, ordered[0].Statistic));
        }

        return ValueTask.CompletedTask;
    }
}
