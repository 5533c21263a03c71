using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// An XGBoost tree ensemble behind <see cref="IAuditModel"/>, evaluated in managed code from its parsed trees; stateless, so safe
/// from several threads. Margins are summed in double precision over trees stored in single precision.
/// </summary>
internal sealed class XGBoostAuditModel : ITreeEnsembleModel
{
    private readonly string[] outputNames;

    public XGBoostAuditModel(XGBoostModel model, bool positiveIsOne)
    {
        // With class 0 as the positive class the trees themselves are negated, so that explainers reading them see the same margin as Predict.
        Ensemble = positiveIsOne || model.Task != ModelTask.BinaryClassification ? model.Ensemble : TreeOutputs.Negate(model.Ensemble);
        Features = model.Features;
        Task = model.Task;
        Classes = model.Task == ModelTask.BinaryClassification ? PositiveClass.Order(model.Classes, positiveIsOne ? 1 : 0) : model.Classes;
        outputNames = TreeOutputs.Names(model.Task, model.Classes);
    }

    public string Format => XGBoostModelAdapter.FormatName;

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
        for (var r = 0; r < rows; r++)
        {
            if ((r & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var margin = margins.AsSpan(r * groups, groups);
            Ensemble.PredictMargins(input.Row(r), margin);
            TreeOutputs.Apply(Ensemble.Link, margin, values.AsSpan(r * groups, groups));
        }

        return new Predictions(Task, rows, outputNames, values, HasMargin ? margins : null);
    }
}
