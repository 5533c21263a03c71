using ExplainableAI.Core;

namespace ExplainableAI.Plugins.Robustness.Tests;

/// <summary>Configurations for tests: option values of one rule.</summary>
internal static class Configure
{
    public static CheckConfiguration Options(string ruleId, params (string Name, double Value)[] options) =>
        CheckConfiguration.Default with
        {
            Options = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal)
            {
                [ruleId] = options.ToDictionary(o => o.Name, o => o.Value, StringComparer.Ordinal),
            },
        };
}
