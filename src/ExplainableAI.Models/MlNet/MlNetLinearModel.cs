using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// An ML.NET linear model (logistic regression, SDCA, linear regression …) that shows its coefficients. Predictions come from ML.NET
/// itself; the coefficients give its <c>Score</c> (for binary models the margin before ML.NET's calibrator).
/// </summary>
internal sealed class MlNetLinearModel(MlNetAuditModel inner, double[] weights, double bias, TreeLink link) : ILinearModel
{
    public IReadOnlyList<double> Weights { get; } = weights;

    public double Bias { get; } = bias;

    public TreeLink Link { get; } = link;

    public string Format => inner.Format;

    public ModelTask Task => inner.Task;

    public IReadOnlyList<ModelFeature> Features => inner.Features;

    public IReadOnlyList<string> Classes => inner.Classes;

    public bool HasMargin => inner.HasMargin;

    public Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken) => inner.Predict(input, cancellationToken);
}
