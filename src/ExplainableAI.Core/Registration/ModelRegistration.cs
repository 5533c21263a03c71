using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>The <c>model</c> section of a registration manifest.</summary>
/// <param name="Id">Model ID.</param>
/// <param name="Version">Model version.</param>
/// <param name="File">Model file (absolute, resolved against the manifest's folder), or <see langword="null"/> for score-only audits.</param>
/// <param name="Format">Format (<c>mlnet</c>, <c>onnx</c>), or <see langword="null"/> to infer it from the file extension.</param>
/// <param name="Task">Task, or <see langword="null"/> to infer it from the model.</param>
/// <param name="PositiveClass">Label value that counts as positive.</param>
/// <param name="Threshold">Operating threshold.</param>
/// <param name="IntendedPurpose">What the model is for.</param>
/// <param name="IntendedUsers">Who uses it.</param>
public sealed record ModelRegistration(
    string Id,
    string Version,
    string? File,
    string? Format,
    ModelTask? Task,
    string? PositiveClass,
    double Threshold,
    string IntendedPurpose,
    IReadOnlyList<string> IntendedUsers)
{
    /// <summary>
    /// For a model whose features arrive as one [N, d] tensor (an ONNX export from sklearn-onnx, PyTorch or Keras): the data
    /// columns in tensor order (<c>model.inputs</c>); <see langword="null"/> when not declared.
    /// </summary>
    public IReadOnlyList<string>? Inputs { get; init; }
}
