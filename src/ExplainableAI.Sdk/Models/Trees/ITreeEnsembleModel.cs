namespace ExplainableAI.Sdk;

/// <summary>
/// A model that is a sum of decision trees (gradient-boosted or random-forest ensembles) and shows its trees, so that
/// explainers can use their structure (TreeSHAP) instead of treating the model as a black box.
/// </summary>
public interface ITreeEnsembleModel : IAuditModel
{
    /// <summary>The trees, their output groups, base scores and link, read-only.</summary>
    TreeEnsemble Ensemble { get; }
}
