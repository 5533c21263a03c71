namespace ExplainableAI.Sdk;

/// <summary>What the registration says about the model under audit, as checks need it.</summary>
/// <param name="ModelId">The model's registered ID.</param>
/// <param name="ModelVersion">The model's version.</param>
/// <param name="IntendedPurpose">What the model is for.</param>
/// <param name="LabelColumn">The ground-truth column, if the data has one.</param>
/// <param name="PositiveClass">The label value that counts as positive for binary tasks.</param>
/// <param name="SensitiveAttributes">Columns to examine for bias (sex, age band, site…).</param>
/// <param name="Threshold">The operating threshold: a row is predicted positive when its score is at least this.</param>
/// <param name="ScoreColumn">A column of precomputed scores, for audits without the model.</param>
public sealed record RegistrationInfo(
    string ModelId,
    string ModelVersion,
    string IntendedPurpose,
    string? LabelColumn,
    string? PositiveClass,
    IReadOnlyList<string> SensitiveAttributes,
    double Threshold = 0.5,
    string? ScoreColumn = null);
