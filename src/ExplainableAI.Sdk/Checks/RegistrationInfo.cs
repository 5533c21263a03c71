namespace ExplainableAI.Sdk;

/// <summary>
/// What the registration declares about the model under audit: the one home of these facts. The host reads it from the
/// manifest (or builds it from command-line flags), hands it to every check as <see cref="CheckContext.Registration"/>
/// and records it in the report; the test kit takes the same type. Facts only the host needs (the model file, the data
/// files, the regulatory facts, the manifest's path) live beside it in the host, never as copies of these fields.
/// </summary>
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
    string? ScoreColumn = null)
{
    /// <summary>Who is meant to use the model (clinicians, triage nurses…); empty when not declared.</summary>
    public IReadOnlyList<string> IntendedUsers { get; init; } = [];

    /// <summary>What the registration declares per feature (unit, monotonicity, irrelevance, limits, drift method), by column name.</summary>
    public IReadOnlyDictionary<string, FeatureFacts> Features { get; init; } = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal);

    /// <summary>Site-like columns (hospital, scanner, lab system) whose groups are examined separately, e.g. for drift.</summary>
    public IReadOnlyList<string> SiteColumns { get; init; } = [];

    /// <summary>The drift statistic that decides for every column without its own (<see cref="FeatureFacts.DriftMethod"/>), or <see langword="null"/> for the default choice.</summary>
    public string? DriftMethod { get; init; }

    /// <summary>
    /// The band edges declared for numeric sensitive attributes (the manifest's <c>data.sensitive_attributes</c>), ascending,
    /// by attribute name; an attribute without an entry takes the default grouping of <see cref="Cohorts.CohortSet.Build"/>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> CohortBands { get; init; } = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);

    /// <summary>The facts declared for a column, or empty facts when none are.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The declared facts.</returns>
    public FeatureFacts FactsFor(string column) => Features.TryGetValue(column, out var facts) ? facts : new FeatureFacts();
}
