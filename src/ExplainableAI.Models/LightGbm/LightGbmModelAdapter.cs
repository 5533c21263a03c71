using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// Reads LightGBM text models (<c>Booster.save_model("m.txt")</c>, LightGBM 2.x–4.x) with numerical splits. Objectives:
/// <c>binary</c> (classes <c>0</c>/<c>1</c>; probability = σ(sigmoid × raw score)), <c>multiclass</c> (softmax over
/// <c>num_class</c> interleaved trees) and the identity-link regressions (<c>regression</c>, <c>regression_l1</c>, <c>huber</c>,
/// <c>fair</c>, <c>quantile</c>, <c>mape</c>). Predictions follow LightGBM's own rule in double precision: a row goes left when
/// <c>x &lt;= threshold</c>; a missing value goes to the node's default side when the node's missing type is NaN, and is read as 0
/// otherwise. The model exposes its trees (<see cref="ITreeEnsembleModel"/>), with the training row counts as covers, for TreeSHAP.
/// Refused with an error naming the tree and node: categorical splits, linear trees, random-forest mode, and zero-as-missing splits
/// that send zero against their threshold.
/// </summary>
public sealed class LightGbmModelAdapter : IModelAdapter
{
    /// <summary>The format name, <c>lightgbm</c>.</summary>
    public const string FormatName = "lightgbm";

    /// <inheritdoc/>
    public string Format => FormatName;

    /// <inheritdoc/>
    /// <remarks>A <c>.txt</c> file whose first line is <c>tree</c>, as every LightGBM text model begins.</remarks>
    public bool CanLoad(string path) =>
        string.Equals(System.IO.Path.GetExtension(path), ".txt", StringComparison.OrdinalIgnoreCase) && LightGbmTextReader.LooksLikeModel(path);

    /// <inheritdoc/>
    public IAuditModel Load(string path, ModelLoadOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        var parsed = LightGbmTextReader.Read(path);
        var task = options.Task ?? parsed.Task;
        if (task != parsed.Task)
        {
            throw new InvalidAuditInputException(
                $"the model's objective '{parsed.Objective}' makes a {parsed.Task} model, not the declared {task}", file: path, field: "task");
        }

        var positive = task == ModelTask.BinaryClassification ? PositiveClass.Resolve(["0", "1"], ColumnKind.Numeric, options.PositiveClass, path) : 1;
        var trees = parsed.Trees;
        var groups = parsed.Ensemble.GroupCount;

        // Predictions use LightGBM's own double-precision rule; the ensemble (for explainers) the single-precision one.
        return new TreeAuditModel(FormatName, parsed.Ensemble, parsed.Features, parsed.Task, parsed.Classes, positive == 1, (row, margins) =>
        {
            margins.Clear();
            for (var t = 0; t < trees.Length; t++)
            {
                margins[t % groups] += trees[t].Evaluate(row);
            }
        });
    }
}
