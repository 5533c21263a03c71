using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// What an attribution check explains and how: a seeded sample of evaluation rows, a seeded background sample, the method that
/// fits the model-evaluation cap, the output space and the engine settings. Checks that compare explanations share it, so a
/// re-explanation differs from the first only in what the check perturbs.
/// </summary>
internal sealed class ExplanationSetup
{
    private readonly FeatureMatrix backgroundPool;

    private ExplanationSetup(
        IAuditModel model,
        FeatureMatrix all,
        int[] rowIndices,
        FeatureMatrix rows,
        FeatureMatrix backgroundPool,
        FeatureMatrix background,
        AttributionMethod method,
        AttributionOutput output,
        AttributionSettings settings)
    {
        Model = model;
        All = all;
        RowIndices = rowIndices;
        Rows = rows;
        this.backgroundPool = backgroundPool;
        Background = background;
        Method = method;
        Output = output;
        Settings = settings;
    }

    public IAuditModel Model { get; }

    /// <summary>Every evaluation row as model input.</summary>
    public FeatureMatrix All { get; }

    /// <summary>Evaluation row index of each explained row, ascending.</summary>
    public int[] RowIndices { get; }

    /// <summary>The explained rows.</summary>
    public FeatureMatrix Rows { get; }

    /// <summary>The background rows.</summary>
    public FeatureMatrix Background { get; }

    public AttributionMethod Method { get; }

    public AttributionOutput Output { get; }

    public AttributionSettings Settings { get; }

    /// <summary>Outputs explained one at a time: the classes of a multiclass model, else 1.</summary>
    public int ClassCount => Model.Task == ModelTask.MulticlassClassification ? Model.Classes.Count : 1;

    /// <summary>Whether the method integrates over background rows (every method but path-dependent TreeSHAP).</summary>
    public bool UsesBackground => Method != AttributionMethod.TreePathDependent || Model is ITreeEnsembleModel { Ensemble.HasCovers: false };

    /// <summary>The explained output in labels: a regressor's prediction, a classifier's margin or probability.</summary>
    public string OutputName =>
        Model.Task == ModelTask.Regression ? ChartOutputs.Prediction
        : Output == AttributionOutput.Margin ? ChartOutputs.Margin
        : ChartOutputs.Probability;

    /// <summary>
    /// Samples rows and background with the context's seeded generator (rows first, then background, then the engine seed) and
    /// picks the method: path-dependent TreeSHAP for tree ensembles with a margin; else exact Shapley values when 2^d × rows ×
    /// background rows fits in <paramref name="maxModelEvaluations"/>; else Kernel SHAP with the coalition budget that fits
    /// (at least 2d + 2, at most 2d + 2048).
    /// </summary>
    public static ExplanationSetup Create(CheckContext context, int explainedRows, int backgroundRows, double maxModelEvaluations)
    {
        var model = context.Model ?? throw new InvalidOperationException("Attribution checks need a model.");
        var all = FeatureMatrix.FromData(context.Evaluation, model.Features);
        var rowIndices = RowSample.Indices(all.RowCount, explainedRows, context.Random);
        var rows = RowSample.Take(all, rowIndices);

        // Level codes of categorical features follow each file's first appearances, so only an all-numeric model may mix files.
        var numeric = model.Features.All(f => f.Kind != ColumnKind.Categorical);
        var pool = numeric && context.Reference is not null ? FeatureMatrix.FromData(context.Reference, model.Features) : all;
        var background = RowSample.Take(pool, RowSample.Indices(pool.RowCount, backgroundRows, context.Random));
        var output = model.Task == ModelTask.Regression || model.HasMargin ? AttributionOutput.Margin : AttributionOutput.Probability;
        var width = model.Features.Count;
        var evaluations = Math.Max(1.0, (double)rows.RowCount * background.RowCount);
        var method = model is ITreeEnsembleModel && output == AttributionOutput.Margin ? AttributionMethod.TreePathDependent
            : model is ILinearModel && output == AttributionOutput.Margin ? AttributionMethod.Linear
            : width <= 20 && Math.Pow(2, width) * evaluations <= maxModelEvaluations ? AttributionMethod.Exact
            : AttributionMethod.Kernel;
        var budget = (int)Math.Clamp(maxModelEvaluations / evaluations, (2 * width) + 2, (2 * width) + 2048);
        var settings = new AttributionSettings(KernelBudget: budget, Seed: context.Random.Next());
        return new ExplanationSetup(model, all, rowIndices, rows, pool, background, method, output, settings);
    }

    /// <summary>Explains rows against a background for one output (class index ignored unless multiclass).</summary>
    public AttributionResult Explain(FeatureMatrix rows, FeatureMatrix background, int classIndex, IProgress<double>? progress, CancellationToken cancellationToken) =>
        AttributionEngine.Explain(Model, rows, UsesBackground ? background : null, Method, Output, classIndex, Settings, progress, cancellationToken);

    /// <summary>
    /// Another background sample of the same size from the same pool; drawn with replacement (a bootstrap sample) when the pool
    /// is no larger than the background, since a sample without replacement would then be the same rows.
    /// </summary>
    public FeatureMatrix OtherBackground(Random random)
    {
        var count = Background.RowCount;
        if (backgroundPool.RowCount > count)
        {
            return RowSample.Take(backgroundPool, RowSample.Indices(backgroundPool.RowCount, count, random));
        }

        var picked = new int[count];
        for (var i = 0; i < count; i++)
        {
            picked[i] = random.Next(backgroundPool.RowCount);
        }

        return RowSample.Take(backgroundPool, picked);
    }

    public static string MethodName(AttributionMethod method) => method switch
    {
        AttributionMethod.TreePathDependent => "path-dependent TreeSHAP",
        AttributionMethod.TreeInterventional => "interventional TreeSHAP",
        AttributionMethod.Linear => "linear SHAP",
        AttributionMethod.Exact => "exact Shapley values",
        AttributionMethod.Kernel => "Kernel SHAP",
        _ => "permutation SHAP",
    };
}
