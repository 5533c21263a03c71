using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// An ML.NET tree-ensemble model that shows its trees. Predictions come from ML.NET itself; the trees give its <c>Score</c> (for binary
/// models the margin before ML.NET's calibrator, which maps it to the probability). ML.NET stores no covers, so the ensemble has none.
/// </summary>
internal sealed class MlNetTreeModel(MlNetAuditModel inner, TreeEnsemble ensemble) : ITreeEnsembleModel
{
    public TreeEnsemble Ensemble { get; } = ensemble;

    public string Format => inner.Format;

    public ModelTask Task => inner.Task;

    public IReadOnlyList<ModelFeature> Features => inner.Features;

    public IReadOnlyList<string> Classes => inner.Classes;

    public bool HasMargin => inner.HasMargin;

    public Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken) => inner.Predict(input, cancellationToken);
}
