using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>Computes one row's margins (one per output group) from a model's own trees.</summary>
/// <param name="row">The row, one value per feature (NaN missing).</param>
/// <param name="margins">Receives the margins.</param>
internal delegate void RowMargins(ReadOnlySpan<double> row, Span<double> margins);

/// <summary>
/// A tree ensemble read from a file (XGBoost, LightGBM) behind <see cref="ITreeEnsembleModel"/>, evaluated in managed code; stateless,
/// so safe from several threads. When the user's positive class is the model's class 0, margins and trees are negated together.
/// </summary>
internal sealed class TreeAuditModel : ITreeEnsembleModel
{
    private readonly string[] outputNames;
    private readonly RowMargins margins;
    private readonly bool negate;

    /// <summary>Creates the model.</summary>
    /// <param name="format">The format name.</param>
    /// <param name="ensemble">The trees as the file states them.</param>
    /// <param name="features">The features.</param>
    /// <param name="task">The task.</param>
    /// <param name="classes">The classes in the model's order.</param>
    /// <param name="positiveIsOne">For binary models, whether the positive class is the model's class 1.</param>
    /// <param name="ownRule">The format's own evaluation when it differs from <see cref="TreeEnsemble.PredictMargins"/>; else null.</param>
    public TreeAuditModel(
        string format, TreeEnsemble ensemble, ModelFeature[] features, ModelTask task, string[] classes, bool positiveIsOne, RowMargins? ownRule)
    {
        negate = !positiveIsOne && task == ModelTask.BinaryClassification;
        Format = format;
        Ensemble = negate ? TreeOutputs.Negate(ensemble) : ensemble;
        margins = ownRule ?? ensemble.PredictMargins;
        Features = features;
        Task = task;
        Classes = task == ModelTask.BinaryClassification ? PositiveClass.Order(classes, positiveIsOne ? 1 : 0) : classes;
        outputNames = TreeOutputs.Names(task, classes);
    }

    public string Format { get; }

    public ModelTask Task { get; }

    public IReadOnlyList<ModelFeature> Features { get; }

    public IReadOnlyList<string> Classes { get; }

    public bool HasMargin => Task != ModelTask.Regression;

    public TreeEnsemble Ensemble { get; }

    public Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ModelInput.Check(input, Features);
        var rows = input.RowCount;
        var groups = Ensemble.GroupCount;
        var allMargins = new double[rows * groups];
        var values = new double[rows * groups];
        for (var r = 0; r < rows; r++)
        {
            if ((r & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var margin = allMargins.AsSpan(r * groups, groups);
            margins(input.Row(r), margin);
            if (negate)
            {
                margin[0] = -margin[0];
            }

            TreeOutputs.Apply(Ensemble.Link, margin, values.AsSpan(r * groups, groups));
        }

        return new Predictions(Task, rows, outputNames, values, HasMargin ? allMargins : null);
    }
}
