using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// An ML.NET linear model (logistic regression, SDCA, linear regression …) that shows its coefficients of its <c>Score</c> (for binary
/// models the margin before ML.NET's calibrator).
/// </summary>
internal sealed class MlNetLinearModel(MlNetAuditModel inner, double[] weights, double bias, TreeLink link) : MlNetModelView(inner), ILinearModel
{
    public IReadOnlyList<double> Weights { get; } = weights;

    public double Bias { get; } = bias;

    public TreeLink Link { get; } = link;
}
