namespace ExplainableAI.Sdk;

/// <summary>
/// What the model file alone cannot say: which saved input is the label, the task when it should not be inferred,
/// the positive class, and inputs that are not features. ML.NET saves the schema of every training column, the label included.
/// </summary>
/// <param name="LabelColumn">The label's column; not a feature. <see langword="null"/> means <c>Label</c> when the model has such an input.</param>
/// <param name="Task">The task; <see langword="null"/> infers it from the model's outputs.</param>
/// <param name="PositiveClass">
/// The class whose probability a binary model reports: one of the model's own classes (<c>true</c>/<c>false</c> for ML.NET, column
/// numbers <c>0</c>/<c>1</c> for a generic ONNX classifier), compared case-insensitively; another name is an input error.
/// <see langword="null"/> keeps the model's positive class (ML.NET's <c>true</c>, the second probability column).
/// </param>
/// <param name="IgnoredColumns">Inputs that are not features (identifiers, weights, other targets); the model is fed a default value for them.</param>
public sealed record ModelLoadOptions(
    string? LabelColumn = null,
    ModelTask? Task = null,
    string? PositiveClass = null,
    IReadOnlyList<string>? IgnoredColumns = null)
{
    /// <summary>
    /// The data columns that fill a model's single feature tensor of shape [N, d], in tensor order (the manifest's
    /// <c>model.inputs</c>); <see langword="null"/> reads them from the model's own metadata. Models with one input per column ignore it.
    /// </summary>
    public IReadOnlyList<string>? InputColumns { get; init; }

    /// <summary>The label name ML.NET uses by default.</summary>
    public const string DefaultLabelColumn = "Label";

    /// <summary>Whether a model input is a feature rather than the label or an ignored column.</summary>
    /// <param name="inputName">The input's name.</param>
    /// <returns><see langword="true"/> for a feature.</returns>
    public bool IsFeature(string inputName) =>
        !string.Equals(inputName, LabelColumn ?? DefaultLabelColumn, StringComparison.Ordinal)
        && (IgnoredColumns is null || !IgnoredColumns.Contains(inputName, StringComparer.Ordinal));
}
