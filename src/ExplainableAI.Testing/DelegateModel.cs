using ExplainableAI.Sdk;

namespace ExplainableAI.Testing;

/// <summary>
/// A model defined by a function of one row, for tests whose expected answers are known by construction
/// (for example a threshold on one feature).
/// </summary>
public sealed class DelegateModel : IAuditModel
{
    private readonly Func<ReadOnlySpan<double>, double> score;

    /// <summary>Creates a binary classifier (or regressor) from a scoring function.</summary>
    /// <param name="features">The features, in order.</param>
    /// <param name="score">The probability of the positive class (or the predicted value) of one row.</param>
    /// <param name="task">Binary classification or regression.</param>
    public DelegateModel(IReadOnlyList<ModelFeature> features, Func<ReadOnlySpan<double>, double> score, ModelTask task = ModelTask.BinaryClassification)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(score);
        if (task == ModelTask.MulticlassClassification)
        {
            throw new ArgumentException("DelegateModel supports binary classification and regression.", nameof(task));
        }

        Features = features;
        this.score = score;
        Task = task;
    }

    /// <inheritdoc />
    public string Format => "delegate";

    /// <inheritdoc />
    public ModelTask Task { get; }

    /// <inheritdoc />
    public IReadOnlyList<ModelFeature> Features { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Classes => Task == ModelTask.BinaryClassification ? ["false", "true"] : [];

    /// <inheritdoc />
    public bool HasMargin => false;

    /// <summary>A binary classifier whose probability is 1 when a numeric feature is at least a threshold, else 0.</summary>
    /// <param name="feature">The feature's name.</param>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The model.</returns>
    public static DelegateModel Threshold(string feature, double threshold) =>
        new([new ModelFeature(feature, ColumnKind.Numeric)], row => row[0] >= threshold ? 1 : 0);

    /// <inheritdoc />
    public Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var values = new double[input.RowCount];
        for (var r = 0; r < input.RowCount; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            values[r] = score(input.Row(r));
        }

        return new Predictions(Task, input.RowCount, [Task == ModelTask.Regression ? "prediction" : "probability"], values);
    }
}
