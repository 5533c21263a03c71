using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Testing;

/// <summary>
/// The conventions a plugin's checks and rules should follow, checked the way the host discovers them, so a plugin's test
/// suite can pin them with one call: the rule IDs it ships (each exactly once, optionally all with the plugin's own
/// prefix), sealed checks, one family, help text, requirement IDs, options whose description states their default, and
/// short messages: a message format, in English and in every language the plugin translates, takes at most
/// <see cref="MaxMessageArguments"/> arguments (what was found, the key number, the threshold; the rest belongs in the
/// finding's evidence, the way a Roslyn diagnostic keeps its detail in its properties).
/// </summary>
public static partial class RuleConventions
{
    /// <summary>The most distinct arguments a rule's message format may use.</summary>
    public const int MaxMessageArguments = 5;

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
    public static void Verify(Assembly plugin, string? rulePrefix, CheckFamily? family, IReadOnlyList<string> expectedRuleIds, params string[] requirementPrefixes) =>
        Verify(plugin, rulePrefix, family, expectedRuleIds, longMessagesAllowed: [], requirementPrefixes);

    /// <summary>
    /// Verifies the conventions for every check the host would discover in a plugin assembly, except the limit on message
    /// arguments for the rules named in <paramref name="longMessagesAllowed"/>: a temporary allowance while their messages
    /// are being shortened. A rule in the list whose messages already keep the limit is itself a violation, so the list
    /// cannot outlive its reason.
    /// </summary>
    /// <param name="plugin">The plugin assembly.</param>
    /// <param name="rulePrefix">The plugin's prefix, or <see langword="null"/> not to check prefixes.</param>
    /// <param name="family">The family every rule must belong to, or <see langword="null"/> when a plugin spans several.</param>
    /// <param name="expectedRuleIds">The rule IDs the plugin must declare, each exactly once (any order).</param>
    /// <param name="longMessagesAllowed">Rule IDs whose message formats may still take more than <see cref="MaxMessageArguments"/> arguments.</param>
    /// <param name="requirementPrefixes">Prefixes every requirement ID must start with (e.g. <c>EU-AIA-</c>); none checks only that each rule names some.</param>
    /// <exception cref="ArgumentException"><paramref name="rulePrefix"/> is not 2 to 10 uppercase letters.</exception>
    /// <exception cref="CheckVerificationException">One or more conventions are broken; the message lists every violation.</exception>
    public static void Verify(
        Assembly plugin,
        string? rulePrefix,
        CheckFamily? family,
        IReadOnlyList<string> expectedRuleIds,
        IReadOnlyCollection<string> longMessagesAllowed,
        params string[] requirementPrefixes)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentNullException.ThrowIfNull(expectedRuleIds);
        ArgumentNullException.ThrowIfNull(longMessagesAllowed);
        if (rulePrefix is not null && !PrefixPattern().IsMatch(rulePrefix))
        {
            throw new ArgumentException($"'{rulePrefix}' is not a rule prefix: 2 to 10 uppercase letters, such as ACME", nameof(rulePrefix));
        }

        var checks = PluginLoader.DiscoverChecks(plugin);
        var catalogs = CatalogResources.Load(plugin);
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
            problems.AddRange(MessageArgumentProblems(rule, catalogs, longMessagesAllowed.Contains(rule.Id, StringComparer.Ordinal)));
        }

        if (problems.Count > 0)
        {
            throw new CheckVerificationException("rule conventions broken:\n  " + string.Join("\n  ", problems));
        }
    }

    // The English format and each translation are counted on their own: a translation may drop an argument, never add one
    // beyond the limit.
    private static IEnumerable<string> MessageArgumentProblems(RuleDescriptor rule, IReadOnlyDictionary<string, TranslationCatalog> catalogs, bool allowed)
    {
        var formats = new List<(string Language, string Format)> { ("en", rule.MessageFormat) };
        formats.AddRange(catalogs
            .Where(c => c.Value.Rules.ContainsKey(rule.Id))
            .Select(c => (c.Key, c.Value.Rules[rule.Id].Message)));
        var tooLong = formats
            .Select(f => (f.Language, Arguments: ArgumentIndices(f.Format)))
            .Where(f => f.Arguments.Count > MaxMessageArguments)
            .ToList();
        if (allowed)
        {
            return tooLong.Count == 0
                ? [$"{rule.Id}: allowed a long message, but its message formats keep the limit of {MaxMessageArguments} arguments; take it off the list"]
                : [];
        }

        return tooLong.Select(f =>
            $"{rule.Id}: message format ({f.Language}) uses {f.Arguments.Count} arguments ({{{string.Join("}, {", f.Arguments)}}}), more than {MaxMessageArguments}; "
            + "say what was found, the key number and the threshold, and put the rest in the finding's evidence");
    }

    private static SortedSet<int> ArgumentIndices(string format) =>
        [.. FormatItem().Matches(format).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    // "Default 0.05.", "Default 1,000,000;" or "Default 1e-6": the number written must equal the default; other kinds
    // state it as a manifest writes it: "Default true.", "Default auto.", "Default [40, 65].".
    private static bool StatesDefault(RuleOption option) => option.Kind is RuleOptionKind.Number or RuleOptionKind.Integer
        ? DefaultPattern().Matches(option.Description).Any(m =>
            double.TryParse(m.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value == option.DefaultValue)
        : Regex.IsMatch(option.Description, "Default " + Regex.Escape(option.Default.ToString()) + "(?:[.;:)]|$)");

    // A composite format item: "{3}", "{3:P1}", "{3,8:F2}"; "{{" is an escaped brace, not an item.
    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:,[^}:]*)?(?::[^}]*)?\}")]
    private static partial Regex FormatItem();

    [GeneratedRegex("^[A-Z]{2,10}$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"Default (-?[0-9][0-9,]*(?:\.[0-9]+)?(?:[eE]-?[0-9]+)?)(?:[.;:)]|$)")]
    private static partial Regex DefaultPattern();
}
