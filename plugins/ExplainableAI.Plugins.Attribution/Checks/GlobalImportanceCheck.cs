using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Explains a sample of the evaluation rows with SHAP values (TreeSHAP for tree ensembles, else exact or kernel against a seeded
/// background sample), publishes global importance with its spread and plots (bar, beeswarm, dependence, waterfall), checks
/// additivity, and warns when a sensitive attribute or a proxy of one drives predictions, or when Kernel SHAP's sampling error
/// leaves the ranking of the top features undetermined. The rules share one explanation, so their rankings agree.
/// </summary>
[AuditCheck]
public sealed class GlobalImportanceCheck : AuditCheck
{
    /// <summary>Option: evaluation rows explained (a seeded sample when there are more).</summary>
    public const string ExplainedRowsOption = "explained_rows";

    /// <summary>Option: background rows (a seeded sample of the reference data, else of the evaluation data).</summary>
    public const string BackgroundRowsOption = "background_rows";

    /// <summary>Option: cap on model evaluations for interventional methods.</summary>
    public const string MaxModelEvaluationsOption = "max_model_evaluations";

    /// <summary>Option: largest tolerated additivity error.</summary>
    public const string MaxAdditivityErrorOption = "max_additivity_error";

    /// <summary>Option: how many top drivers are examined (sensitive attributes, proxies, kernel ranking).</summary>
    public const string TopKOption = "top_k";

    /// <summary>Option: features in the beeswarm summary plot.</summary>
    public const string SummaryFeaturesOption = "summary_features";

    /// <summary>Option: points per feature in the beeswarm and dependence plots.</summary>
    public const string PlotPointsOption = "plot_points";

    /// <summary>Option: top features that get a dependence plot.</summary>
    public const string DependenceFeaturesOption = "dependence_features";

    /// <summary>Option: features shown by name in a waterfall plot.</summary>
    public const string WaterfallFeaturesOption = "waterfall_features";

    /// <summary>Option: missed positives that get a waterfall plot.</summary>
    public const string FalseNegativeRowsOption = "false_negative_rows";

    /// <summary>Option: the folded AUROC at which a top driver counts as a proxy of a sensitive attribute.</summary>
    public const string MinProxyAurocOption = "min_auroc";

    /// <summary>Option: rows a group needs, inside and outside, for its proxy AUROC to count.</summary>
    public const string MinGroupRowsOption = "min_group_rows";

    /// <summary>XAI1001: global importance, always reported (info) with a bar chart.</summary>
    public static readonly RuleDescriptor ImportanceRule = new(
        AttributionRuleIds.GlobalImportance,
        "Global feature importance (mean |SHAP value|)",
        "The model's top drivers by mean |SHAP value| ({0}, {1} rows) are: {2}",
        CheckFamily.Attribution,
        Severity.Info,
        "Explains up to explained_rows evaluation rows (seeded sample) with SHAP values of the model's margin (probability when the "
        + "model has no margin): path-dependent TreeSHAP for tree ensembles (covers counted from the background when the format stores "
        + "none); closed-form linear SHAP for linear models; else exact interventional Shapley values when 2^d × rows × "
        + "background rows fits in max_model_evaluations, else Kernel SHAP with the coalition budget that fits; against background_rows "
        + "background rows (seeded sample of the reference data when every feature is numeric or boolean, else of the evaluation data, "
        + "so categorical level codes agree). "
        + "Publishes mean_abs_attribution per feature (multiclass: summed over classes) with its 95 % interval over the explained "
        + "rows, abs_attribution_sd, kernel_importance_se (sampling methods), base_value, max_additivity_error, explained_rows and "
        + "background_rows. Evidence: a bar chart of mean |SHAP value|, a beeswarm summary of the top summary_features features, "
        + "dependence plots of the top dependence_features features (coloured by the strongest interacting feature, if any) and "
        + "waterfall plots of the highest-risk row and of the false_negative_rows missed positives with the lowest scores.",
        ["EU-AIA-ART13-1", "EU-AIA-ART13-3B-IV", "EU-AIA-ART14-4C", "EU-AIA-ANNEX4-2E"],
        [
            RuleOption.Integer(ExplainedRowsOption, 200, "Evaluation rows explained (a seeded sample when there are more). Default 200."),
            RuleOption.Integer(BackgroundRowsOption, 50, "Background rows for interventional methods. Default 50."),
            RuleOption.Integer(MaxModelEvaluationsOption, 1_000_000, "Cap on rows sent to the model by exact or kernel SHAP. Default 1,000,000."),
            RuleOption.Integer(SummaryFeaturesOption, 10, "Features in the beeswarm summary plot. Default 10."),
            RuleOption.Integer(PlotPointsOption, 300, "Points per feature in the beeswarm and dependence plots (evenly spaced rows). Default 300."),
            RuleOption.Integer(DependenceFeaturesOption, 3, "Top features that get a dependence plot. Default 3."),
            RuleOption.Integer(WaterfallFeaturesOption, 8, "Features shown by name in a waterfall plot; the rest form one bar. Default 8."),
            RuleOption.Integer(FalseNegativeRowsOption, 2, "Missed positives (lowest scores) that get a waterfall plot, when a binary label exists. Default 2."),
        ]);

    /// <summary>XAI1002: base value + Σ attributions differs from the model's output.</summary>
    public static readonly RuleDescriptor AdditivityRule = new(
        AttributionRuleIds.AdditivityError,
        "Attributions do not add up to the model's output",
        "Base value plus attributions differs from the model's {0} by up to {1}, above {2}: the explanations are not faithful",
        CheckFamily.Attribution,
        Severity.Error,
        "Every explained row must satisfy base value + Σ SHAP values = model output. A larger error means the explainer and the "
        + "model disagree (for example a model whose predictions are not deterministic), and the attributions cannot be trusted.",
        ["EU-AIA-ART13-3B-IV", "EU-AIA-ART15-4"],
        [new RuleOption(MaxAdditivityErrorOption, 1e-6, "Largest tolerated |base value + Σ attributions − output|. Default 1e-6.")]);

    /// <summary>XAI1003: a sensitive attribute is among the top-k drivers.</summary>
    public static readonly RuleDescriptor SensitiveRule = new(
        AttributionRuleIds.SensitiveTopDriver,
        "Sensitive attribute among the model's top drivers",
        "Sensitive attribute '{0}' is driver number {1} of the model's predictions (mean |SHAP value| {2}, top {3} examined)",
        CheckFamily.Attribution,
        Severity.Warning,
        "A sensitive attribute of the registration that is a model feature and ranks among the top_k features by mean |SHAP value| "
        + "drives predictions directly; justify its use clinically or remove it, and examine fairness by that attribute.",
        ["EU-AIA-ART10-2F", "EU-AIA-ART13-3B-IV"],
        [RuleOption.Integer(TopKOption, 3, "Number of top drivers examined. Default 3.")]);

    /// <summary>XAI1004: a top-k driver predicts a sensitive attribute well (a proxy).</summary>
    public static readonly RuleDescriptor ProxyRule = new(
        AttributionRuleIds.SensitiveProxyTopDriver,
        "Proxy of a sensitive attribute among the model's top drivers",
        "Feature '{0}' (driver number {1}) predicts sensitive group {2} against the rest with AUROC {3:F2}, at or above {4:F2}: it can stand in for the attribute",
        CheckFamily.Attribution,
        Severity.Warning,
        "For each of the top_k features by mean |SHAP value| and each sensitive attribute of the registration, the folded AUROC "
        + "max(A, 1 − A) of the feature's value for membership of each group of the attribute (one against the rest; the groups of "
        + "the audit's cohorts, named as in fairness and robustness: levels, values, or bands such as age=[40,65); the "
        + "missing-value group is left out), the largest over groups with at least min_group_rows rows inside and outside, each "
        + "group's in the finding's table; a categorical feature scores "
        + "each row by the group's share in its level. Computed on every evaluation row with both values present. A top driver that "
        + "separates a group this well lets the model use the attribute without being given it; examine fairness by the attribute. "
        + "Publishes sensitive_proxy_auroc per pair (subject 'feature vs attribute').",
        ["EU-AIA-ART10-2F", "EU-AIA-ART13-3B-IV", "JP-BIZ-FAIRNESS-1"],
        [
            RuleOption.Integer(TopKOption, 5, "Number of top drivers examined. Default 5."),
            new RuleOption(MinProxyAurocOption, 0.8, "Folded AUROC at or above which a driver is a proxy. Default 0.8."),
            RuleOption.Integer(MinGroupRowsOption, 10, "Rows a group needs inside and outside for its AUROC to count. Default 10."),
        ]);

    /// <summary>XAI1005: Kernel SHAP's standard errors are too large to rank the top features.</summary>
    public static readonly RuleDescriptor KernelRankingRule = new(
        AttributionRuleIds.KernelRankingUndetermined,
        "Kernel SHAP error too large to rank the top features",
        "Kernel SHAP sampling error leaves the order of '{0}' and '{1}' at rank {2} undetermined; {3} neighbouring pair(s) in the top {4} overlap",
        CheckFamily.Attribution,
        Severity.Warning,
        "When Kernel SHAP is used, the standard error of each feature's mean |SHAP value| is √(Σ per-row SE²) / rows (per-row SEs "
        + "from independent coalition batches). If the intervals mean ± 2 SE of two neighbours among the top_k features (or of the "
        + "k-th and the next) overlap, the reported ranking depends on the coalition sample: raise max_model_evaluations of XAI1001 "
        + "or explain fewer rows. Publishes kernel_rank_overlaps; each overlapping pair's mean |SHAP value| ± 2 SE is in the "
        + "finding's table.",
        ["EU-AIA-ART13-3B-IV", "EU-AIA-ART14-4C", "JP-BIZ-TRANSPARENCY-4"],
        [RuleOption.Integer(TopKOption, 5, "Number of top drivers whose order must be determined. Default 5.")]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [ImportanceRule, AdditivityRule, SensitiveRule, ProxyRule, KernelRankingRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var setup = ExplanationSetup.Create(
            context,
            context.OptionInteger(ImportanceRule, ExplainedRowsOption),
            context.OptionInteger(ImportanceRule, BackgroundRowsOption),
            context.OptionInteger(ImportanceRule, MaxModelEvaluationsOption));
        if (setup.Rows.RowCount == 0)
        {
            context.Skip("no evaluation row can be explained");
            return;
        }

        var model = setup.Model;
        var classes = setup.ClassCount;
        var results = new AttributionResult[classes];
        for (var k = 0; k < classes; k++)
        {
            results[k] = setup.Explain(setup.Rows, setup.Background, k, new CheckProgress(context, 0.9 * k / classes, 0.9 * (k + 1) / classes), cancellationToken);
            context.Measure("base_value", results[k].BaseValues.Average(), subject: classes > 1 ? model.Classes[k] : null);
        }

        var summary = ImportanceSummary.From(results);
        var maxError = results.Max(r => r.MaxAdditivityError);
        var names = model.Features.Select(f => f.Name).ToArray();
        for (var f = 0; f < names.Length; f++)
        {
            var (lower, upper) = summary.Interval(f);
            context.Measure("mean_abs_attribution", summary.Mean[f], names[f], lower, upper);
            context.Measure("abs_attribution_sd", summary.Deviation[f], names[f]);
            if (summary.SamplingError is { } se)
            {
                context.Measure("kernel_importance_se", se[f], names[f]);
            }
        }

        context.Measure("max_additivity_error", maxError);
        context.Measure("explained_rows", setup.Rows.RowCount);
        context.Measure("background_rows", setup.UsesBackground ? setup.Background.RowCount : 0);
        var ranking = summary.Ranking;
        var charts = new List<ChartSpec>
        {
            new(
                ChartKind.Bar, "Mean |SHAP value| per feature", "feature", Phrase.Format("mean |SHAP value| ({0})", setup.OutputName),
                [new ChartSeries("mean |SHAP value|", [.. ranking.Select(f => (double)Array.IndexOf(ranking, f))], [.. ranking.Select(f => summary.Mean[f])])],
                [.. ranking.Select(f => names[f])]),
        };
        charts.AddRange(await PlotsAsync(context, setup, results, ranking, cancellationToken).ConfigureAwait(false));
        context.ReportProgress(1);
        var top = string.Join(", ", ranking.Take(5).Select(f => names[f] + " " + NumberText.Format(summary.Mean[f])));
        context.Report(ImportanceRule, FindingLocation.Dataset, new Evidence(Charts: charts), ExplanationSetup.MethodName(setup.Method), setup.Rows.RowCount, top);

        var tolerance = context.Option(AdditivityRule, MaxAdditivityErrorOption);
        if (maxError > tolerance)
        {
            context.Report(
                AdditivityRule, FindingLocation.Dataset, Evidence.Of(new EvidenceMetric("max_additivity_error", maxError, Threshold: tolerance)),
                setup.OutputName, NumberText.Format(maxError), NumberText.Format(tolerance));
        }

        var topK = context.OptionInteger(SensitiveRule, TopKOption);
        foreach (var attribute in context.Registration.SensitiveAttributes)
        {
            var feature = Array.IndexOf(names, attribute);
            var rank = feature < 0 ? -1 : Array.IndexOf(ranking, feature);
            if (rank >= 0 && rank < topK)
            {
                context.Report(
                    SensitiveRule, FindingLocation.ForColumn(attribute), Evidence.Of(new EvidenceMetric("mean_abs_attribution", summary.Mean[feature])),
                    attribute, rank + 1, NumberText.Format(summary.Mean[feature]), topK);
            }
        }

        ProxyDrivers.Analyze(context, ProxyRule, summary, model);
        KernelRanking.Analyze(context, KernelRankingRule, summary, names);
    }

    // Plots show one output: the only one, or for a multiclass model the class with the largest total importance.
    private static async ValueTask<IReadOnlyList<ChartSpec>> PlotsAsync(
        CheckContext context, ExplanationSetup setup, AttributionResult[] results, int[] ranking, CancellationToken cancellationToken)
    {
        var plotted = Enumerable.Range(0, results.Length).MaxBy(k => results[k].Values.Sum(Math.Abs));
        var result = results[plotted];
        var points = Math.Max(1, context.OptionInteger(ImportanceRule, PlotPointsOption));
        var output = new ChartOutput(setup.OutputName, results.Length > 1 ? setup.Model.Classes[plotted] : null);
        var charts = new List<ChartSpec>
        {
            BeeswarmChart.Build(result, setup.Rows, ranking, Math.Max(1, context.OptionInteger(ImportanceRule, SummaryFeaturesOption)), points, output),
        };
        foreach (var f in ranking.Take(context.OptionInteger(ImportanceRule, DependenceFeaturesOption)))
        {
            charts.Add(DependenceChart.Build(result, setup.Rows, f, points, output, context.Registration.FactsFor(result.FeatureNames[f]).Unit));
        }

        var predictions = await context.GetPredictionsAsync(cancellationToken).ConfigureAwait(false);

        // The model's probability of the plotted output for an evaluation row, beside the margin the waterfall ends at.
        double? Probability(int row) => setup.Model.Task switch
        {
            ModelTask.BinaryClassification => predictions.Values.Span[row],
            ModelTask.MulticlassClassification => predictions.Values.Span[(row * predictions.OutputCount) + plotted],
            _ => null,
        };
        var link = setup.Model.Task == ModelTask.BinaryClassification && setup.Output == AttributionOutput.Margin
            ? MarginLink.Detect(setup.RowIndices.Select((row, i) => (result.Predictions[i], Probability(row) ?? double.NaN)))
            : null;
        var selected = SelectedRows.Pick(context, predictions, context.OptionInteger(ImportanceRule, FalseNegativeRowsOption));
        if (selected.Count > 0)
        {
            var rows = RowSample.Take(setup.All, [.. selected.Select(s => s.Row)]);
            var explained = setup.Explain(rows, setup.Background, plotted, null, cancellationToken);
            var shown = Math.Max(1, context.OptionInteger(ImportanceRule, WaterfallFeaturesOption));
            for (var i = 0; i < selected.Count; i++)
            {
                var subtitle = WaterfallCaption.Build(output, link, explained.Predictions[i], explained.BaseValues[i], Probability(selected[i].Row));
                charts.Add(WaterfallChart.Build(explained, i, rows, i, shown, selected[i].Title, output, subtitle));
            }
        }

        return charts;
    }
}
