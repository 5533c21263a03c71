using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// How the user configured the checks, like <c>.editorconfig</c> configures analyzers: severities per rule ID or per
/// family, option values, suppressions, the gate, and the timeout of each check.
/// </summary>
/// <param name="Severities">Overrides keyed by rule ID (<c>XAI6001</c>) or family (<c>family:DataQuality</c>); a rule ID wins over its family.</param>
/// <param name="Options">Option values keyed by rule ID, then option name.</param>
/// <param name="Suppressions">Findings waived, each with a justification.</param>
/// <param name="FailOn">A finding at or above this severity fails the gate.</param>
/// <param name="CheckTimeout">How long each check may run.</param>
public sealed record CheckConfiguration(
    IReadOnlyDictionary<string, Severity> Severities,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Options,
    IReadOnlyList<SuppressionRule> Suppressions,
    Severity FailOn,
    TimeSpan CheckTimeout)
{
    /// <summary>The prefix of a family key in <see cref="Severities"/>.</summary>
    public const string FamilyPrefix = "family:";

    /// <summary>Defaults: no overrides, fail on errors, 10 minutes per check.</summary>
    public static CheckConfiguration Default { get; } = new(
        new Dictionary<string, Severity>(),
        new Dictionary<string, IReadOnlyDictionary<string, double>>(),
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

    /// <summary>The value of a rule's option: configured, else the descriptor's default.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="name">The option's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The rule does not declare the option.</exception>
    public double OptionValue(RuleDescriptor rule, string name)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var option = rule.FindOption(name)
            ?? throw new ArgumentException($"Rule {rule.Id} does not declare option '{name}'.", nameof(name));
        return Options.TryGetValue(rule.Id, out var values) && values.TryGetValue(name, out var value) ? value : option.DefaultValue;
    }
}
