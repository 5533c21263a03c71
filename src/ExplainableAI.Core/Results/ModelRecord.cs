using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>The identity of the audited model.</summary>
/// <param name="Id">Registered model ID.</param>
/// <param name="Version">Registered version.</param>
/// <param name="Path">Model file.</param>
/// <param name="Format">Format such as <c>mlnet</c> or <c>onnx</c>.</param>
/// <param name="Sha256">SHA-256 of the model file.</param>
/// <param name="Task">What the model predicts.</param>
/// <param name="Features">Its input features, in order.</param>
public sealed record ModelRecord(string Id, string Version, string Path, string Format, string Sha256, ModelTask Task, IReadOnlyList<ModelFeature> Features);
