using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// How the user configured the checks, like <c>.editorconfig</c> configures analyzers: severities per rule ID or per
/// family, option values, suppressions, the gate, and the timeout of each check.
/// </summary>
/// <param name="Severities">Overrides keyed by rule ID (<c>XAI6001</c>) or family (<c>family:DataQuality</c>); a rule ID wins over its family.</param>
/// <param name="Options">
/// Option values keyed by rule ID, then option name. Values read from a manifest keep where they were written until
/// <see cref="Bind"/> reads them for the kinds the loaded rules declare.
/// </param>
/// <param name="Suppressions">Findings waived, each with a justification.</param>
/// <param name="FailOn">A finding at or above this severity fails the gate.</param>
/// <param name="CheckTimeout">How long each check may run.</param>
public sealed record CheckConfiguration(
    IReadOnlyDictionary<string, Severity> Severities,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, RuleOptionValue>> Options,
    IReadOnlyList<SuppressionRule> Suppressions,
    Severity FailOn,
    TimeSpan CheckTimeout)
{
    /// <summary>The prefix of a family key in <see cref="Severities"/>.</summary>
    public const string FamilyPrefix = "family:";

    /// <summary>Defaults: no overrides, fail on errors, 10 minutes per check.</summary>
    public static CheckConfiguration Default { get; } = new(
        new Dictionary<string, Severity>(),
        new Dictionary<string, IReadOnlyDictionary<string, RuleOptionValue>>(),
        [],
        Severity.Error,
        TimeSpan.FromMinutes(10));

    /// <summary>The severity a rule's findings get under this configuration.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The configured severity for the rule, else for its family, else its default.</returns>
    public Severity EffectiveSeverity(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (Severities.TryGetValue(rule.Id, out var byId))
        {
            return byId;
        }

        return Severities.TryGetValue(FamilyPrefix + rule.Family, out var byFamily) ? byFamily : rule.DefaultSeverity;
    }

    /// <summary>The suppression that waives a finding, if any.</summary>
    /// <param name="ruleId">The finding's rule.</param>
    /// <param name="location">The finding's location.</param>
    /// <returns>The first matching suppression, or <see langword="null"/>.</returns>
    public SuppressionRule? FindSuppression(string ruleId, FindingLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return Suppressions.FirstOrDefault(s =>
            string.Equals(s.RuleId, ruleId, StringComparison.Ordinal)
            && (s.Column is null || string.Equals(s.Column, location.Column, StringComparison.Ordinal))
            && (s.Group is null || string.Equals(s.Group, location.Group, StringComparison.Ordinal)));
    }

    /// <summary>The value of a rule's option: configured (read for the option's kind), else the descriptor's default.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="name">The option's name.</param>
    /// <returns>The value, of the option's kind.</returns>
    /// <exception cref="ArgumentException">The rule does not declare the option.</exception>
    /// <exception cref="InvalidAuditInputException">The configured value does not fit the option (see <see cref="Bind"/>).</exception>
    public RuleOptionValue OptionValue(RuleDescriptor rule, string name)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var option = rule.FindOption(name)
            ?? throw new ArgumentException($"Rule {rule.Id} does not declare option '{name}'.", nameof(name));
        return Options.TryGetValue(rule.Id, out var values) && values.TryGetValue(name, out var value)
            ? OptionReader.Read(rule, option, value)
            : option.Default;
    }

    /// <summary>
    /// Reads every option value of the given rules for the kind the rule declares, as checks will see it. Options of
    /// rules not given are kept as they are (the audit reports a rule no loaded check declares, XAI0005).
    /// </summary>
    /// <param name="rules">The rules of the loaded checks.</param>
    /// <returns>The configuration with those values typed.</returns>
    /// <exception cref="InvalidAuditInputException">
    /// A rule is given an option it does not declare, or a value that does not fit the option's kind, limits or
    /// allowed texts; for a value from a manifest the exception names the file, line and column.
    /// </exception>
    public CheckConfiguration Bind(IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var byId = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            byId.TryAdd(rule.Id, rule);
        }

        var bound = new Dictionary<string, IReadOnlyDictionary<string, RuleOptionValue>>(StringComparer.Ordinal);
        foreach (var (ruleId, values) in Options)
        {
            if (!byId.TryGetValue(ruleId, out var rule))
            {
                bound[ruleId] = values;
                continue;
            }

            var typed = new Dictionary<string, RuleOptionValue>(StringComparer.Ordinal);
            foreach (var (name, value) in values)
            {
                var option = rule.FindOption(name) ?? throw OptionReader.Unknown(rule, name, value);
                typed[name] = OptionReader.Read(rule, option, value);
            }

            bound[ruleId] = typed;
        }

        return this with { Options = bound };
    }
}
