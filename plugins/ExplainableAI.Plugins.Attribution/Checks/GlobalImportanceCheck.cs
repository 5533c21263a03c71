using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Explains a sample of the evaluation rows with SHAP values (TreeSHAP for tree ensembles, else exact or kernel against a seeded
/// background sample), publishes global importance, checks additivity, and warns when a sensitive attribute drives predictions.
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

    /// <summary>Option: how many top drivers are examined for sensitive attributes.</summary>
    public const string TopKOption = "top_k";

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
        + "Publishes mean_abs_attribution per feature (multiclass: summed over classes), base_value and max_additivity_error.",
        ["EU-AIA-ART13-1", "EU-AIA-ART13-3B-IV", "EU-AIA-ART14-4C", "EU-AIA-ANNEX4-2E"],
        [
            new RuleOption(ExplainedRowsOption, 200, "Evaluation rows explained (a seeded sample when there are more). Default 200."),
            new RuleOption(BackgroundRowsOption, 50, "Background rows for interventional methods. Default 50."),
            new RuleOption(MaxModelEvaluationsOption, 1_000_000, "Cap on rows sent to the model by exact or kernel SHAP. Default 1,000,000."),
        ]);

    /// <summary>XAI1002: base value + Σ attributions differs from the model's output.</summary>
    public static readonly RuleDescriptor AdditivityRule = new(
        AttributionRuleIds.AdditivityError,
        "Attributions do not add up to the model's output",
        "Base value plus attributions differs from the model's {0} by up to {1:G3}, above {2:G3}: the explanations are not faithful",
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
        "Sensitive attribute '{0}' is driver number {1} of the model's predictions (mean |SHAP value| {2:G3}, top {3} examined)",
        CheckFamily.Attribution,
        Severity.Warning,
        "A sensitive attribute of the registration that is a model feature and ranks among the top_k features by mean |SHAP value| "
        + "drives predictions directly; justify its use clinically or remove it, and examine fairness by that attribute.",
        ["EU-AIA-ART10-2F", "EU-AIA-ART13-3B-IV"],
        [new RuleOption(TopKOption, 3, "Number of top drivers examined. Default 3.")]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [ImportanceRule, AdditivityRule, SensitiveRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var model = context.Model!;
        var rows = Sample(FeatureMatrix.FromData(context.Evaluation, model.Features), (int)context.Option(ImportanceRule, ExplainedRowsOption), context.Random);
        var numeric = model.Features.All(f => f.Kind != ColumnKind.Categorical);
        var background = Sample(
            FeatureMatrix.FromData(numeric ? context.Reference ?? context.Evaluation : context.Evaluation, model.Features),
            (int)context.Option(ImportanceRule, BackgroundRowsOption),
            context.Random);
        var output = model.Task == ModelTask.Regression || model.HasMargin ? AttributionOutput.Margin : AttributionOutput.Probability;
        var classes = model.Task == ModelTask.MulticlassClassification ? model.Classes.Count : 1;
        var width = model.Features.Count;
        var importance = new double[width];
        var maxError = 0.0;
        var evaluations = Math.Max(1.0, (double)rows.RowCount * background.RowCount);
        var cap = context.Option(ImportanceRule, MaxModelEvaluationsOption);
        var treeReady = model is ITreeEnsembleModel && output == AttributionOutput.Margin;
        var method = treeReady ? AttributionMethod.TreePathDependent
            : model is ILinearModel && output == AttributionOutput.Margin ? AttributionMethod.Linear
            : width <= 20 && Math.Pow(2, width) * evaluations <= cap ? AttributionMethod.Exact
            : AttributionMethod.Kernel;
        var budget = (int)Math.Clamp(cap / evaluations, (2 * width) + 2, (2 * width) + 2048);
        var settings = new AttributionSettings(KernelBudget: budget, Seed: context.Random.Next());
        for (var k = 0; k < classes; k++)
        {
            var result = AttributionEngine.Explain(model, rows, background, method, output, k, settings, null, cancellationToken);
            context.ReportProgress((k + 1.0) / classes);
            maxError = Math.Max(maxError, result.MaxAdditivityError);
            for (var r = 0; r < result.RowCount; r++)
            {
                for (var f = 0; f < width; f++)
                {
                    importance[f] += Math.Abs(result.Value(r, f)) / result.RowCount;
                }
            }

            context.Measure("base_value", result.BaseValues.Average(), subject: classes > 1 ? model.Classes[k] : null);
        }

        var names = model.Features.Select(f => f.Name).ToArray();
        for (var f = 0; f < width; f++)
        {
            context.Measure("mean_abs_attribution", importance[f], subject: names[f]);
        }

        context.Measure("max_additivity_error", maxError);
        var ranking = Enumerable.Range(0, width).OrderByDescending(f => importance[f]).ThenBy(f => f).ToArray();
        var outputName = output == AttributionOutput.Margin ? "margin" : "probability";
        var chart = new ChartSpec(
            ChartKind.Bar, "Mean |SHAP value| per feature", "feature", "mean |SHAP value| (" + outputName + ")",
            [new ChartSeries("mean |SHAP value|", [.. ranking.Select(f => (double)Array.IndexOf(ranking, f))], [.. ranking.Select(f => importance[f])])],
            [.. ranking.Select(f => names[f])]);
        var top = string.Join(", ", ranking.Take(5).Select(f => string.Create(CultureInfo.InvariantCulture, $"{names[f]} {importance[f]:G3}")));
        context.Report(ImportanceRule, FindingLocation.Dataset, new Evidence(Charts: [chart]), MethodName(method), rows.RowCount, top);

        var tolerance = context.Option(AdditivityRule, MaxAdditivityErrorOption);
        if (maxError > tolerance)
        {
            context.Report(AdditivityRule, FindingLocation.Dataset, Evidence.Of(new EvidenceMetric("max_additivity_error", maxError, Threshold: tolerance)), outputName, maxError, tolerance);
        }

        var topK = (int)context.Option(SensitiveRule, TopKOption);
        foreach (var attribute in context.Registration.SensitiveAttributes)
        {
            var feature = Array.IndexOf(names, attribute);
            var rank = feature < 0 ? -1 : Array.IndexOf(ranking, feature);
            if (rank >= 0 && rank < topK)
            {
                context.Report(
                    SensitiveRule, FindingLocation.ForColumn(attribute), Evidence.Of(new EvidenceMetric("mean_abs_attribution", importance[feature])),
                    attribute, rank + 1, importance[feature], topK);
            }
        }

        return ValueTask.CompletedTask;
    }

    private static string MethodName(AttributionMethod method) => method switch
    {
        AttributionMethod.TreePathDependent => "path-dependent TreeSHAP",
        AttributionMethod.Linear => "linear SHAP",
        AttributionMethod.Exact => "exact Shapley values",
        AttributionMethod.Kernel => "Kernel SHAP",
        _ => "permutation SHAP",
    };

    private static FeatureMatrix Sample(FeatureMatrix matrix, int count, Random random)
    {
        if (count <= 0 || matrix.RowCount <= count)
        {
            return matrix;
        }

        var width = matrix.Features.Count;
        var picked = Enumerable.Range(0, matrix.RowCount).ToArray();
        random.Shuffle(picked);
        var chosen = picked[..count];
        Array.Sort(chosen);
        var values = new double[count * width];
        for (var i = 0; i < count; i++)
        {
            matrix.Row(chosen[i]).CopyTo(values.AsSpan(i * width, width));
        }

        return matrix.WithValues(values);
    }
}
