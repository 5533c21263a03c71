using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>What the registration declared about the model, recorded in the report.</summary>
/// <param name="ModelId">Model ID.</param>
/// <param name="ModelVersion">Model version.</param>
/// <param name="IntendedPurpose">What the model is for.</param>
/// <param name="IntendedUsers">Who is meant to use it.</param>
/// <param name="Regulatory">Declared regulatory facts.</param>
/// <param name="LabelColumn">Ground-truth column.</param>
/// <param name="PositiveClass">Positive label value.</param>
/// <param name="SensitiveAttributes">Columns examined for bias.</param>
/// <param name="Threshold">Operating threshold.</param>
/// <param name="ScoreColumn">Precomputed score column, for audits without a model.</param>
/// <param name="ManifestPath">The manifest file, if the audit used one.</param>
public sealed record RegistrationRecord(
    string ModelId,
    string ModelVersion,
    string IntendedPurpose,
    IReadOnlyList<string> IntendedUsers,
    RegulatoryFacts Regulatory,
    string? LabelColumn,
    string? PositiveClass,
    IReadOnlyList<string> SensitiveAttributes,
    double Threshold,
    string? ScoreColumn,
    string? ManifestPath)
{
    /// <summary>What the registration declares per feature, by column name.</summary>
    public IReadOnlyDictionary<string, FeatureFacts> Features { get; init; } = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal);

    /// <summary>Site-like columns whose groups are examined separately.</summary>
    public IReadOnlyList<string> SiteColumns { get; init; } = [];

    /// <summary>The drift statistic that decides for every column without its own, or <see langword="null"/> for the default choice.</summary>
    public string? DriftMethod { get; init; }

    /// <summary>The band edges declared per numeric sensitive attribute, ascending, by attribute name; the engine groups the attribute at them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> CohortBands { get; init; } = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
}
