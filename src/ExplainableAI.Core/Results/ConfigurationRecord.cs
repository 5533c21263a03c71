using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>The configuration the audit actually used.</summary>
/// <param name="Severities">Severity overrides by rule ID or by family (<c>family:Fairness</c>).</param>
/// <param name="Options">Option values by rule ID and option name, typed as the declaring rule reads them.</param>
/// <param name="Suppressions">The declared suppressions.</param>
/// <param name="FailOn">The gate: a finding at or above this severity fails the audit.</param>
/// <param name="CheckTimeoutSeconds">Timeout of each check.</param>
public sealed record ConfigurationRecord(
    IReadOnlyDictionary<string, Severity> Severities,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, RuleOptionValue>> Options,
    IReadOnlyList<SuppressionRule> Suppressions,
    Severity FailOn,
    double CheckTimeoutSeconds)
{
    /// <summary>
    /// SHA-256 (lowercase hex) of the configuration, so a reviewer can confirm which configuration produced the report:
    /// see <see cref="Sha256Source"/> for what was hashed; <see langword="null"/> when it was not recorded.
    /// </summary>
    public string? Sha256 { get; init; }

    /// <summary>
    /// What <see cref="Sha256"/> is the hash of: <c>manifest</c> (the bytes of the registration manifest file the audit
    /// read) or <c>canonical</c> (the canonical serialization of this configuration, for audits run without a manifest).
    /// </summary>
    public string? Sha256Source { get; init; }
}
