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
        Ensemble = positiveIsOne || model.Task != ModelTask.BinaryClassification ? model.Ensemble : Negate(model.Ensemble);
        Features = model.Features;
        Task = model.Task;
        Classes = model.Task == ModelTask.BinaryClassification ? PositiveClass.Order(model.Classes, positiveIsOne ? 1 : 0) : model.Classes;
        outputNames = model.Task switch
        {
            ModelTask.BinaryClassification => ["probability"],
            ModelTask.MulticlassClassification => [.. model.Classes.Select(c => "probability_" + c)],
            _ => ["prediction"],
        };
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
            Link(margin, values.AsSpan(r * groups, groups));
        }

        return new Predictions(Task, rows, outputNames, values, HasMargin ? margins : null);
    }

    private static TreeEnsemble Negate(TreeEnsemble e)
    {
        var leaves = e.LeafValue.ToArray();
        var bases = e.BaseScores.ToArray();
        for (var n = 0; n < leaves.Length; n++)
        {
            leaves[n] = -leaves[n];
        }

        bases[0] = -bases[0];
        return new TreeEnsemble(
            e.FeatureCount, e.TreeStart.ToArray(), e.TreeGroup.ToArray(), e.SplitFeature.ToArray(), e.Threshold.ToArray(), e.DefaultLeft.ToArray(),
            e.Left.ToArray(), e.Right.ToArray(), leaves, e.Cover.ToArray(), bases, e.Link);
    }

    private void Link(ReadOnlySpan<double> margin, Span<double> output)
    {
        switch (Ensemble.Link)
        {
            case TreeLink.Logistic:
                output[0] = 1 / (1 + Math.Exp(-margin[0]));
                break;
            case TreeLink.Softmax:
                var max = double.NegativeInfinity;
                foreach (var m in margin)
                {
                    max = Math.Max(max, m);
                }

                var sum = 0.0;
                for (var k = 0; k < margin.Length; k++)
                {
                    output[k] = Math.Exp(margin[k] - max);
                    sum += output[k];
                }

                for (var k = 0; k < margin.Length; k++)
                {
                    output[k] /= sum;
                }

                break;
            default:
                margin.CopyTo(output);
                break;
        }
    }
}
