namespace ExplainableAI.Sdk;

/// <summary>
/// A model whose margin is linear in its features: margin = <see cref="Bias"/> + Σ <see cref="Weights"/>[i] × x[i] (the margin
/// of <see cref="IAuditModel.Predict"/>, or the value for regression). Explainers use the coefficients for closed-form SHAP values.
/// </summary>
public interface ILinearModel : IAuditModel
{
    /// <summary>One coefficient per model feature, in model order.</summary>
    IReadOnlyList<double> Weights { get; }

    /// <summary>The intercept: the margin when every feature is 0.</summary>
    double Bias { get; }

    /// <summary>
    /// How the margin becomes the output: <see cref="TreeLink.Identity"/> for regression, <see cref="TreeLink.Logistic"/> for a binary
    /// classifier whose probability is the margin through a sigmoid (or through a calibrator fitted on the margin).
    /// </summary>
    TreeLink Link { get; }
}
