using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// What the engine found in one audit: the run's facts (tool, time, seed, plugins, model, registration, datasets,
/// configuration), each check's run, the rules, the findings and the measurements. It holds no regulatory position:
/// the host assesses that from this result and assembles the report once (<see cref="AuditReport.Assemble"/>), so no
/// report is ever built without one and completed later.
/// </summary>
/// <param name="Tool">The tool that ran the audit.</param>
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
public sealed record AuditResult(
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
    AuditSummary Summary)
{
    /// <summary>
    /// Translations of the rules' and checks' strings by language, resolved when the audit ran
    /// (<see cref="AuditReport.Localization"/>).
    /// </summary>
    public IReadOnlyDictionary<string, LocalizationRecord> Localization { get; init; } = new SortedDictionary<string, LocalizationRecord>(StringComparer.Ordinal);
}
