using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Drift.Tests;

/// <summary>Configurations for tests: one option, one severity override, or one suppression.</summary>
internal static class Configure
{
    public static CheckConfiguration Option(string ruleId, string name, double value) =>
        CheckConfiguration.Default with
        {
            Options = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal)
            {
                [ruleId] = new Dictionary<string, double>(StringComparer.Ordinal) { [name] = value },
            },
        };

    public static CheckConfiguration Severity(string ruleId, Severity severity) =>
        CheckConfiguration.Default with { Severities = new Dictionary<string, Severity>(StringComparer.Ordinal) { [ruleId] = severity } };

    public static CheckConfiguration Suppress(string ruleId, string? column = null, string? group = null) =>
        CheckConfiguration.Default with { Suppressions = [new SuppressionRule(ruleId, "Reviewed: expected in this cohort.", column, group)] };
}
