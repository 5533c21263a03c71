using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>The configuration the audit actually used.</summary>
/// <param name="Severities">Severity overrides by rule ID or by family (<c>family:Fairness</c>).</param>
/// <param name="Options">Option values by rule ID and option name.</param>
/// <param name="Suppressions">The declared suppressions.</param>
/// <param name="FailOn">The gate: a finding at or above this severity fails the audit.</param>
/// <param name="CheckTimeoutSeconds">Timeout of each check.</param>
public sealed record ConfigurationRecord(
    IReadOnlyDictionary<string, Severity> Severities,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Options,
    IReadOnlyList<SuppressionRule> Suppressions,
    Severity FailOn,
    double CheckTimeoutSeconds);
