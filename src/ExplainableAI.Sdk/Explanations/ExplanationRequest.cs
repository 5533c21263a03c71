namespace ExplainableAI.Sdk;

/// <summary>What <see cref="IExplainer.Explain"/> attributes.</summary>
/// <param name="Model">The model.</param>
/// <param name="Rows">The rows to explain, in the model's feature order.</param>
/// <param name="Background">Rows that stand for "feature absent" (interventional methods), in the model's feature order.</param>
/// <param name="Method">One of the explainer's <see cref="IExplainer.Methods"/>.</param>
/// <param name="Probability">Whether the probability is explained rather than the margin (log-odds; the value for regression).</param>
/// <param name="ClassIndex">For multiclass models, the class explained (0-based); ignored otherwise.</param>
/// <param name="Seed">Seed of the sampling methods, so one seed gives one result.</param>
public sealed record ExplanationRequest(
    IAuditModel Model,
    FeatureMatrix Rows,
    FeatureMatrix Background,
    string Method,
    bool Probability,
    int? ClassIndex,
    int Seed);
