using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// A LightGBM tree ensemble behind <see cref="IAuditModel"/>, evaluated from its parsed trees with LightGBM's double-precision rule;
/// stateless, so safe from several threads.
/// </summary>
internal sealed class LightGbmAuditModel : ITreeEnsembleModel
{
    private readonly LightGbmModel model;
    private readonly string[] outputNames;
    private readonly double sign;

    public LightGbmAuditModel(LightGbmModel model, bool positiveIsOne)
    {
        this.model = model;
        var flip = !positiveIsOne && model.Task == ModelTask.BinaryClassification;
        sign = flip ? -1 : 1;
        Ensemble = flip ? TreeOutputs.Negate(model.Ensemble) : model.Ensemble;
        Features = model.Features;
        Task = model.Task;
        Classes = model.Task == ModelTask.BinaryClassification ? PositiveClass.Order(model.Classes, positiveIsOne ? 1 : 0) : model.Classes;
        outputNames = TreeOutputs.Names(model.Task, model.Classes);
    }

    public string Format => LightGbmModelAdapter.FormatName;

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
        var margins = new double[rows * groups];
        var values = new double[rows * groups];
        var trees = model.Trees;
        for (var r = 0; r < rows; r++)
        {
            if ((r & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = input.Row(r);
            var margin = margins.AsSpan(r * groups, groups);
            for (var t = 0; t < trees.Length; t++)
            {
                margin[t % groups] += trees[t].Evaluate(row);
            }

            if (sign < 0)
            {
                margin[0] = -margin[0];
            }

            TreeOutputs.Apply(Ensemble.Link, margin, values.AsSpan(r * groups, groups));
        }

        return new Predictions(Task, rows, outputNames, values, HasMargin ? margins : null);
    }
}
