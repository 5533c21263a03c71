using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>What a LightGBM text model says: its trees (as stored and as a flat ensemble for explainers), features and objective.</summary>
/// <param name="Trees">The trees, in file order; tree <c>t</c> adds to output group <c>t mod groups</c>.</param>
/// <param name="Ensemble">The same trees for explainers (single-precision thresholds, see <see cref="LightGbmTextReader"/>).</param>
/// <param name="Features">The features, in model order.</param>
/// <param name="Task">The task the objective implies.</param>
/// <param name="Objective">The objective line.</param>
/// <param name="Classes">The classes (<c>0</c>, <c>1</c>, …), empty for regression.</param>
/// <param name="MarginScale">The binary objective's <c>sigmoid</c> parameter: margin = scale × raw score (1 otherwise).</param>
internal sealed record LightGbmModel(
    LightGbmTree[] Trees, TreeEnsemble Ensemble, ModelFeature[] Features, ModelTask Task, string Objective, string[] Classes, double MarginScale);
