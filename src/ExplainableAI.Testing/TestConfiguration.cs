using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Testing;

/// <summary>Check configurations for tests: option values, a severity override, or a suppression, on top of the defaults.</summary>
public static class TestConfiguration
{
    /// <summary>The default configuration with one option set.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="name">The option.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The configuration.</returns>
    public static CheckConfiguration Option(string ruleId, string name, double value) => Options((ruleId, name, value));

    /// <summary>The default configuration with one switch (<see cref="RuleOptionKind.Boolean"/>) set.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="name">The option.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The configuration.</returns>
    public static CheckConfiguration Option(string ruleId, string name, bool value) => Option(ruleId, name, RuleOptionValue.Boolean(value));

    /// <summary>The default configuration with one text option (<see cref="RuleOptionKind.Text"/>) set.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="name">The option.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The configuration.</returns>
    public static CheckConfiguration Option(string ruleId, string name, string value) => Option(ruleId, name, RuleOptionValue.Text(value));

    /// <summary>
    /// The default configuration with one option of any kind set, such as a list:
    /// <c>Option("XAI2007", "intersections", RuleOptionValue.Boolean(false))</c>. The audit checks it against the
    /// option's kind and limits as it checks a manifest's value (a whole number also sets a number option).
    /// </summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="name">The option.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The configuration.</returns>
    public static CheckConfiguration Option(string ruleId, string name, RuleOptionValue value) => Options((ruleId, name, value));

    /// <summary>The default configuration with several options of one rule set.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="options">Option names and values.</param>
    /// <returns>The configuration.</returns>
    public static CheckConfiguration Options(string ruleId, params (string Name, double Value)[] options) =>
        Options(options.Select(o => (ruleId, o.Name, o.Value)).ToArray());

    /// <summary>The default configuration with options of any rules set.</summary>
    /// <param name="options">Rule IDs, option names and values.</param>
    /// <returns>The configuration.</returns>
    public static CheckConfiguration Options(params (string RuleId, string Name, double Value)[] options) =>
        Options(options.Select(o => (o.RuleId, o.Name, RuleOptionValue.Number(o.Value))).ToArray());

    /// <summary>The default configuration with typed options of any rules set.</summary>
    /// <param name="options">Rule IDs, option names and values.</param>
    /// <returns>The configuration.</returns>
    public static CheckConfiguration Options(params (string RuleId, string Name, RuleOptionValue Value)[] options) =>
        CheckConfiguration.Default with
        {
            Options = options
                .GroupBy(o => o.RuleId, StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyDictionary<string, RuleOptionValue>)g.ToDictionary(o => o.Name, o => o.Value, StringComparer.Ordinal),
                    StringComparer.Ordinal),
        };

    /// <summary>The default configuration with one rule's severity overridden.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The configuration.</returns>
    public static CheckConfiguration Severity(string ruleId, Severity severity) =>
        CheckConfiguration.Default with { Severities = new Dictionary<string, Severity>(StringComparer.Ordinal) { [ruleId] = severity } };

    /// <summary>The default configuration with one suppression (justification: "Reviewed: expected in this cohort.").</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="column">Only findings on this column, if set.</param>
    /// <param name="group">Only findings on this group, if set.</param>
    /// <returns>The configuration.</returns>
    public static CheckConfiguration Suppress(string ruleId, string? column = null, string? group = null) =>
        CheckConfiguration.Default with { Suppressions = [new SuppressionRule(ruleId, "Reviewed: expected in this cohort.", column, group)] };
}
