using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>
/// A binary classifier whose probability is a calibrated function of its margin, not σ(margin): margin = bias + Σ wᵢxᵢ, in
/// double precision; for example σ(2·margin + 1), as ML.NET's Platt calibrator maps a score.
/// </summary>
internal sealed class CalibratedTestModel(double[] weights, double bias, Func<double, double> calibration) : IAuditModel
{
    public string Format => "test";

    public ModelTask Task => ModelTask.BinaryClassification;

    public IReadOnlyList<ModelFeature> Features { get; } = Models.Features(weights.Length);

    public IReadOnlyList<string> Classes => ["0", "1"];

    public bool HasMargin => true;

    public double Margin(ReadOnlySpan<double> x)
    {
        var margin = bias;
        for (var f = 0; f < weights.Length; f++)
        {
            margin += weights[f] * x[f];
        }

        return margin;
    }

    public Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken)
    {
        var margins = new double[input.RowCount];
        var values = new double[input.RowCount];
        for (var r = 0; r < input.RowCount; r++)
        {
            margins[r] = Margin(input.Row(r));
            values[r] = calibration(margins[r]);
        }

        return new Predictions(Task, input.RowCount, ["probability"], values, margins);
    }
}
