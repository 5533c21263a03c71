using ExplainableAI.Core;

namespace ExplainableAI.Plugins.Performance.Tests;

/// <summary>Configurations for tests: options by rule.</summary>
internal static class Configure
{
    public static CheckConfiguration Options(params (string RuleId, string Name, double Value)[] options) =>
        CheckConfiguration.Default with
        {
            Options = options
                .GroupBy(o => o.RuleId, StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyDictionary<string, double>)g.ToDictionary(o => o.Name, o => o.Value, StringComparer.Ordinal),
                    StringComparer.Ordinal),
        };
}
