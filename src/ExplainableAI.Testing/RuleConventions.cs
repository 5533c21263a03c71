using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Testing;

/// <summary>
/// The conventions a plugin's checks and rules should follow, checked the way the host discovers them, so a plugin's test
/// suite can pin them with one call: the rule IDs it ships (each exactly once, optionally all with the plugin's own
/// prefix), sealed checks, one family, help text, requirement IDs, and options whose description states their default.
/// </summary>
public static partial class RuleConventions
{
    /// <summary>Verifies the conventions for every check the host would discover in a plugin assembly.</summary>
    /// <param name="plugin">The plugin assembly.</param>
    /// <param name="family">The family every rule must belong to, or <see langword="null"/> when a plugin spans several.</param>
    /// <param name="expectedRuleIds">The rule IDs the plugin must declare, each exactly once (any order).</param>
    /// <param name="requirementPrefixes">Prefixes every requirement ID must start with (e.g. <c>EU-AIA-</c>); none checks only that each rule names some.</param>
    /// <exception cref="CheckVerificationException">One or more conventions are broken; the message lists every violation.</exception>
    public static void Verify(Assembly plugin, CheckFamily? family, IReadOnlyList<string> expectedRuleIds, params string[] requirementPrefixes) =>
        Verify(plugin, rulePrefix: null, family, expectedRuleIds, requirementPrefixes);

    /// <summary>
    /// Verifies the conventions for every check the host would discover in a plugin assembly, and that every rule ID
    /// is the plugin's own prefix followed by digits, so a new rule cannot slip in under another vendor's prefix.
    /// </summary>
    /// <param name="plugin">The plugin assembly.</param>
    /// <param name="rulePrefix">The plugin's prefix, such as <c>ACME</c>: 2 to 10 uppercase letters (<c>XAI</c> is the built-in plugins').</param>
    /// <param name="family">The family every rule must belong to, or <see langword="null"/> when a plugin spans several.</param>
    /// <param name="expectedRuleIds">The rule IDs the plugin must declare, each exactly once (any order).</param>
    /// <param name="requirementPrefixes">Prefixes every requirement ID must start with (e.g. <c>EU-AIA-</c>); none checks only that each rule names some.</param>
    /// <exception cref="ArgumentException"><paramref name="rulePrefix"/> is not 2 to 10 uppercase letters.</exception>
    /// <exception cref="CheckVerificationException">One or more conventions are broken; the message lists every violation.</exception>
    public static void Verify(Assembly plugin, string? rulePrefix, CheckFamily? family, IReadOnlyList<string> expectedRuleIds, params string[] requirementPrefixes)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentNullException.ThrowIfNull(expectedRuleIds);
        if (rulePrefix is not null && !PrefixPattern().IsMatch(rulePrefix))
        {
            throw new ArgumentException($"'{rulePrefix}' is not a rule prefix: 2 to 10 uppercase letters, such as ACME", nameof(rulePrefix));
        }

        var checks = PluginLoader.DiscoverChecks(plugin);
        var problems = new List<string>();
        var declared = checks.SelectMany(c => c.Rules).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        var expected = expectedRuleIds.Order(StringComparer.Ordinal).ToList();
        if (!declared.SequenceEqual(expected, StringComparer.Ordinal))
        {
            problems.Add($"rule IDs: expected [{string.Join(", ", expected)}], declared [{string.Join(", ", declared)}]");
        }

        problems.AddRange(checks.Where(c => !c.GetType().IsSealed).Select(c => $"{c.GetType().Name}: checks should be sealed"));
        foreach (var rule in checks.SelectMany(c => c.Rules))
        {
            if (rulePrefix is not null && !(rule.Id.StartsWith(rulePrefix, StringComparison.Ordinal) && char.IsAsciiDigit(rule.Id[rulePrefix.Length])))
            {
                problems.Add($"{rule.Id}: does not have the plugin's prefix {rulePrefix}");
            }

            if (family is { } f && rule.Family != f)
            {
                problems.Add($"{rule.Id}: family {rule.Family}, expected {f}");
            }

            if (string.IsNullOrWhiteSpace(rule.Description))
            {
                problems.Add($"{rule.Id}: no description (the help text reviewers read)");
            }

            if (rule.Requirements.Count == 0)
            {
                problems.Add($"{rule.Id}: names no requirement it gives evidence for");
            }

            problems.AddRange(rule.Requirements
                .Where(id => requirementPrefixes.Length > 0 && !requirementPrefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal)))
                .Select(id => $"{rule.Id}: requirement '{id}' does not start with one of {string.Join(", ", requirementPrefixes)}"));
            problems.AddRange(rule.Options
                .Where(o => !StatesDefault(o))
                .Select(o => $"{rule.Id}: option '{o.Name}' does not state its default in its description (\"Default {o.Default}.\")"));
        }

        if (problems.Count > 0)
        {
            throw new CheckVerificationException("rule conventions broken:\n  " + string.Join("\n  ", problems));
        }
    }

    // "Default 0.05.", "Default 1,000,000;" or "Default 1e-6": the number written must equal the default; other kinds
    // state it as a manifest writes it: "Default true.", "Default auto.", "Default [40, 65].".
    private static bool StatesDefault(RuleOption option) => option.Kind is RuleOptionKind.Number or RuleOptionKind.Integer
        ? DefaultPattern().Matches(option.Description).Any(m =>
            double.TryParse(m.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value == option.DefaultValue)
        : Regex.IsMatch(option.Description, "Default " + Regex.Escape(option.Default.ToString()) + "(?:[.;:)]|$)");

    [GeneratedRegex("^[A-Z]{2,10}$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"Default (-?[0-9][0-9,]*(?:\.[0-9]+)?(?:[eE]-?[0-9]+)?)(?:[.;:)]|$)")]
    private static partial Regex DefaultPattern();
}
