using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// Where the model comes from and how to load it (manifest <c>model.file</c>, <c>format</c>, <c>task</c>, <c>inputs</c>):
/// facts only the host needs, so they stay out of the SDK's <see cref="RegistrationInfo"/>.
/// </summary>
/// <param name="File">Model file (absolute), or <see langword="null"/> for score-only and data-only audits.</param>
/// <param name="Format">Format (<c>mlnet</c>, <c>onnx</c>, ...), or <see langword="null"/> to infer it from the file extension.</param>
/// <param name="Task">Task, or <see langword="null"/> to infer it from the model.</param>
public sealed record ModelSource(string? File = null, string? Format = null, ModelTask? Task = null)
{
    /// <summary>
    /// For a model whose features arrive as one [N, d] tensor (an ONNX export from sklearn-onnx, PyTorch or Keras): the data
    /// columns in tensor order; <see langword="null"/> when not declared.
    /// </summary>
    public IReadOnlyList<string>? Inputs { get; init; }
}
