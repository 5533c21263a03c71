using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// The result of one audit, and the document <c>report.json</c> serializes: the source of truth from which the HTML and
/// SARIF reports are rendered, so a reviewer can re-render them without the model or the data.
/// </summary>
/// <param name="SchemaVersion">Version of the report schema (<see cref="CurrentSchemaVersion"/>).</param>
/// <param name="Tool">The tool that wrote it.</param>
/// <param name="GeneratedAt">When the audit finished (UTC).</param>
/// <param name="Seed">The audit seed every check's random source was derived from.</param>
/// <param name="Plugins">The plugins that were loaded, or failed to load.</param>
/// <param name="Model">The model's identity, or <see langword="null"/> for data- or score-only audits.</param>
/// <param name="Registration">What the registration declared.</param>
/// <param name="Datasets">The datasets' identity.</param>
/// <param name="Configuration">The configuration actually used.</param>
/// <param name="Checks">Each check's status and duration.</param>
/// <param name="Rules">Every rule of every loaded check, with its effective severity.</param>
/// <param name="Findings">The findings, in a deterministic order.</param>
/// <param name="Measurements">The measurements, in a deterministic order.</param>
/// <param name="Summary">Counts for the verdict.</param>
/// <param name="Regulatory">
/// The regulatory position (risk tier and requirement coverage). Every audit has one (<see cref="Assemble"/>); it is
/// <see langword="null"/> only in a report read from a <c>report.json</c> written before the section existed, which
/// still reads (the schema keeps it optional, and the JSON reader takes a parameter with a default as optional) and
/// renders without the section.
/// </param>
public sealed record AuditReport(
    string SchemaVersion,
    ToolInfo Tool,
    DateTimeOffset GeneratedAt,
    int Seed,
    IReadOnlyList<PluginRecord> Plugins,
    ModelRecord? Model,
    RegistrationRecord Registration,
    IReadOnlyList<DatasetRecord> Datasets,
    ConfigurationRecord Configuration,
    IReadOnlyList<CheckRunRecord> Checks,
    IReadOnlyList<RuleRecord> Rules,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Measurement> Measurements,
    AuditSummary Summary,
    RegulatoryRecord? Regulatory = null)
{
    /// <summary>
    /// The schema version this build writes. 1.1 types option values (true/false, whole numbers, texts, lists) where 1.0
    /// had numbers only; this build reads both (<see cref="ReadableSchemaVersions"/>).
    /// </summary>
    public const string CurrentSchemaVersion = "1.1";

    /// <summary>The schema versions this build reads: a 1.0 report is a 1.1 report whose options are all numbers.</summary>
    public static IReadOnlyList<string> ReadableSchemaVersions { get; } = ["1.0", CurrentSchemaVersion];

    /// <summary>
    /// Translations of the rules' and checks' strings by language (<c>ja</c>, and <c>en</c> for the words behind
    /// identifiers such as metric names), resolved when the audit ran; empty for a report written without catalogs.
    /// </summary>
    public IReadOnlyDictionary<string, LocalizationRecord> Localization { get; init; } = new SortedDictionary<string, LocalizationRecord>(StringComparer.Ordinal);

    /// <summary>
    /// The report of an audit: the engine's result with the regulatory position assessed from it, in the current schema.
    /// The one place an audit's report is built; every output (JSON, HTML, SARIF, PDF, Annex IV, registry) reads it.
    /// </summary>
    /// <param name="result">What the engine found.</param>
    /// <param name="regulatory">The regulatory position assessed from <paramref name="result"/>.</param>
    /// <returns>The report.</returns>
    public static AuditReport Assemble(AuditResult result, RegulatoryRecord regulatory)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(regulatory);
        return new AuditReport(
            CurrentSchemaVersion,
            result.Tool,
            result.GeneratedAt,
            result.Seed,
            result.Plugins,
            result.Model,
            result.Registration,
            result.Datasets,
            result.Configuration,
            result.Checks,
            result.Rules,
            result.Findings,
            result.Measurements,
            result.Summary,
            regulatory)
        {
            Localization = result.Localization,
        };
    }
}
