using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>A logistic (or identity-link) model computed exactly in double precision: margin = bias + Σ wᵢxᵢ.</summary>
internal sealed class LinearTestModel(double[] weights, double bias, TreeLink link) : ILinearModel
{
    public IReadOnlyList<double> Weights => weights;

    public double Bias => bias;

    public TreeLink Link => link;

    public string Format => "test";

    public ModelTask Task => link == TreeLink.Logistic ? ModelTask.BinaryClassification : ModelTask.Regression;

    public IReadOnlyList<ModelFeature> Features { get; } = Models.Features(weights.Length);

    public IReadOnlyList<string> Classes => Task == ModelTask.BinaryClassification ? ["0", "1"] : [];

    public bool HasMargin => Task == ModelTask.BinaryClassification;

    public Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken)
    {
        var margins = new double[input.RowCount];
        var values = new double[input.RowCount];
        for (var r = 0; r < input.RowCount; r++)
        {
            var x = input.Row(r);
            margins[r] = bias;
            for (var f = 0; f < weights.Length; f++)
            {
                margins[r] += weights[f] * x[f];
            }

            values[r] = link == TreeLink.Logistic ? 1 / (1 + Math.Exp(-margins[r])) : margins[r];
        }

        return HasMargin
            ? new Predictions(Task, input.RowCount, ["probability"], values, margins)
            : new Predictions(Task, input.RowCount, ["prediction"], values);
    }
}
