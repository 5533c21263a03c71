using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>An ML.NET model seen through what its pipeline shows (trees, coefficients); predictions always come from ML.NET itself.</summary>
/// <param name="inner">The ML.NET model.</param>
internal abstract class MlNetModelView(MlNetAuditModel inner) : IAuditModel
{
    public string Format => inner.Format;

    public ModelTask Task => inner.Task;

    public IReadOnlyList<ModelFeature> Features => inner.Features;

    public IReadOnlyList<string> Classes => inner.Classes;

    public bool HasMargin => inner.HasMargin;

    public Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken) => inner.Predict(input, cancellationToken);
}
