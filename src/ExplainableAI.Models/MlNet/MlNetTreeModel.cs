using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// An ML.NET tree-ensemble model that shows its trees. The trees give its <c>Score</c> (for binary models the margin before ML.NET's
/// calibrator, which maps it to the probability). ML.NET stores no covers, so the ensemble has none.
/// </summary>
internal sealed class MlNetTreeModel(MlNetAuditModel inner, TreeEnsemble ensemble) : MlNetModelView(inner), ITreeEnsembleModel
{
    public TreeEnsemble Ensemble { get; } = ensemble;
}
