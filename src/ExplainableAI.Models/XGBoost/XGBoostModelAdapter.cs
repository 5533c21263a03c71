using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// Reads XGBoost models saved as JSON (<c>Booster.save_model("m.json")</c>) with the <c>gbtree</c> booster and numeric splits.
/// Objectives: <c>binary:logistic</c> (binary classifier, classes <c>0</c>/<c>1</c>), <c>multi:softprob</c> and <c>multi:softmax</c>
/// (multiclass, class probabilities), and the identity-link regressions (<c>reg:squarederror</c>, <c>reg:linear</c>,
/// <c>reg:absoluteerror</c>, <c>reg:pseudohubererror</c>). Predictions equal XGBoost's: inputs are rounded to single precision
/// before each comparison and missing values follow each node's default direction. The model exposes its trees
/// (<see cref="ITreeEnsembleModel"/>) for TreeSHAP.
/// </summary>
public sealed class XGBoostModelAdapter : IModelAdapter
{
    /// <summary>The format name, <c>xgboost</c>.</summary>
    public const string FormatName = "xgboost";

    /// <inheritdoc/>
    public string Format => FormatName;

    /// <inheritdoc/>
    public bool CanLoad(string path) =>
        string.Equals(System.IO.Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public IAuditModel Load(string path, ModelLoadOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        var parsed = XGBoostJsonReader.Read(path);
        var task = options.Task ?? parsed.Task;
        if (task != parsed.Task)
        {
            throw new InvalidAuditInputException(
                $"the model's objective '{parsed.Objective}' makes a {parsed.Task} model, not the declared {task}", file: path, field: "task");
        }

        var positive = task == ModelTask.BinaryClassification ? PositiveClass.Resolve(["0", "1"], ColumnKind.Numeric, options.PositiveClass, path) : 1;
        return new TreeAuditModel(FormatName, parsed.Ensemble, parsed.Features, parsed.Task, parsed.Classes, positive == 1, ownRule: null);
    }
}
