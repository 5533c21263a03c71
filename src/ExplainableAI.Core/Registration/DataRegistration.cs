using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>The <c>data</c> section of a registration manifest.</summary>
/// <param name="Evaluation">Evaluation data file (absolute).</param>
/// <param name="Reference">Reference data file (absolute), if any.</param>
/// <param name="LabelColumn">Ground-truth column, if any.</param>
/// <param name="SensitiveAttributes">Columns to examine for bias.</param>
/// <param name="ScoreColumn">Column of precomputed scores, for audits without a model.</param>
/// <param name="Delimiter">CSV delimiter override.</param>
/// <param name="ColumnTypes">Column type overrides.</param>
public sealed record DataRegistration(
    string Evaluation,
    string? Reference,
    string? LabelColumn,
    IReadOnlyList<string> SensitiveAttributes,
    string? ScoreColumn,
    char? Delimiter,
    IReadOnlyDictionary<string, ColumnKind> ColumnTypes)
{
    /// <summary>What the manifest declares per feature (<c>data.features</c>), by column name.</summary>
    public IReadOnlyDictionary<string, FeatureFacts> Features { get; init; } = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal);

    /// <summary>Site-like columns (<c>data.site_columns</c>) whose groups are examined separately.</summary>
    public IReadOnlyList<string> SiteColumns { get; init; } = [];

    /// <summary>The drift statistic that decides for every column without its own (<c>data.drift_method</c>).</summary>
    public string? DriftMethod { get; init; }

    /// <summary>The band edges declared per numeric sensitive attribute (<c>data.sensitive_attributes: [{name: age, bands: [40, 65]}]</c>), ascending.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> CohortBands { get; init; } = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
}
