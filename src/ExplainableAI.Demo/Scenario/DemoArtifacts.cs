using ExplainableAI.Demo.Cohorts;
using ExplainableAI.Demo.Training;

namespace ExplainableAI.Demo.Scenario;

/// <summary>The files <see cref="DemoScenario"/> wrote and the problems planted in them.</summary>
/// <param name="ManifestPath">The registration manifest (<c>manifest.yaml</c>); its relative paths resolve against its folder.</param>
/// <param name="ReferencePath">The reference (training) data, <c>reference.csv</c>.</param>
/// <param name="CurrentPath">The current (evaluation) data, <c>current.csv</c>.</param>
/// <param name="Model">The trained model, saved as <c>model.zip</c>.</param>
/// <param name="Planted">The problems an audit of this scenario should find.</param>
public sealed record DemoArtifacts(
    string ManifestPath,
    string ReferencePath,
    string CurrentPath,
    TrainedModel Model,
    IReadOnlyList<PlantedProblem> Planted);
