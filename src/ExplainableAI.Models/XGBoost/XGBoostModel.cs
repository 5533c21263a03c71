using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>What the JSON file says: the trees, the features and the objective.</summary>
/// <param name="Ensemble">The trees.</param>
/// <param name="Features">The features, in model order.</param>
/// <param name="Task">The task the objective implies.</param>
/// <param name="Objective">The objective's name.</param>
/// <param name="Classes">The classes (<c>0</c>, <c>1</c>, …), empty for regression.</param>
internal sealed record XGBoostModel(
    TreeEnsemble Ensemble, ModelFeature[] Features, ModelTask Task, string Objective, string[] Classes);
