using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Tests;

/// <summary>
/// Reads a plugin's embedded translation catalogs (resources named *.i18n.&lt;language&gt;.json) and checks report strings
/// against them the way docs/i18n.md describes: a key without placeholders matches the whole string, a key with {0}, {1}…
/// matches when each placeholder stands for one or more characters.
/// </summary>
internal static partial class Catalogs
{
    /// <summary>The catalog of a language, parsed.</summary>
    public static JsonElement Read(Assembly plugin, string language)
    {
        var name = Assert.Single(plugin.GetManifestResourceNames(), n => n.EndsWith($".i18n.{language}.json", StringComparison.Ordinal));
        using var stream = plugin.GetManifestResourceStream(name)!;
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }

    /// <summary>The keys of a catalog's <c>text</c> section.</summary>
    public static HashSet<string> TextKeys(JsonElement catalog) =>
        catalog.TryGetProperty("text", out var text) ? [.. text.EnumerateObject().Select(p => p.Name)] : [];

    /// <summary>The argument indices a composite format string uses ({1:P1} counts as 1; {{ is a literal brace).</summary>
    public static SortedSet<int> ArgumentIndices(string format) =>
        [.. Placeholder().Matches(format.Replace("{{", string.Empty, StringComparison.Ordinal)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    /// <summary>Whether a string matches a key: exactly, or as a pattern whose placeholders each stand for one or more characters.</summary>
    public static bool Matches(IEnumerable<string> keys, string text) =>
        keys.Any(key => key == text || (ArgumentIndices(key).Count > 0 && PatternOf(key).IsMatch(text)));

    /// <summary>Asserts that every rule of the plugin has a ja title and message, the message over the English argument indices.</summary>
    public static void AssertRulesTranslated(Assembly plugin)
    {
        var rules = Read(plugin, "ja").GetProperty("rules");
        var declared = PluginLoader.DiscoverChecks(plugin).SelectMany(c => c.Rules).ToList();
        Assert.NotEmpty(declared);
        foreach (var rule in declared)
        {
            Assert.True(rules.TryGetProperty(rule.Id, out var entry), $"{rule.Id} has no Japanese entry");
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("title").GetString()), $"{rule.Id} has no Japanese title");
            var message = entry.GetProperty("message").GetString()!;
            Assert.Equal(ArgumentIndices(rule.MessageFormat), ArgumentIndices(message));
            // It must also be a valid format string over numbers, as the host formats it.
            var arguments = Enumerable.Repeat<object?>(0.5, ArgumentIndices(message).Max() + 1).ToArray();
            _ = string.Format(CultureInfo.InvariantCulture, message, arguments);
        }
    }

    /// <summary>Every metric and measurement name of the reports, which the en and ja catalogs must put in words.</summary>
    public static SortedSet<string> MetricNames(IEnumerable<AuditResult> reports) =>
        [.. reports.SelectMany(r => r.Measurements.Select(m => m.Name)
            .Concat(r.Findings.SelectMany(f => f.Evidence.Metrics ?? []).Select(m => m.Name)))];

    /// <summary>
    /// Every string the findings write into charts (title, subtitle, axes, colour label, series, categories) and tables
    /// (caption, headers, cells) that has letters of its own: strings made only of data names (columns, levels, group
    /// keys), numbers and symbols are never translated and are left out.
    /// </summary>
    public static SortedSet<string> Words(IEnumerable<AuditResult> reports, IEnumerable<string> dataNames)
    {
        var names = dataNames.Where(n => n.Length > 0).Distinct().OrderByDescending(n => n.Length).ToList();
        var strings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var evidence in reports.SelectMany(r => r.Findings).Select(f => f.Evidence))
        {
            foreach (var chart in evidence.Charts ?? [])
            {
                strings.UnionWith([chart.Title, chart.XLabel, chart.YLabel, .. chart.Series.Select(s => s.Name), .. chart.Categories ?? []]);
                strings.UnionWith(new[] { chart.Subtitle, chart.ColorLabel }.OfType<string>());
            }

            foreach (var table in evidence.Tables ?? [])
            {
                strings.UnionWith([table.Title, .. table.Columns, .. table.Rows.SelectMany(r => r)]);
            }
        }

        strings.RemoveWhere(s => !Letter().IsMatch(names.Aggregate(s, (rest, name) => rest.Replace(name, string.Empty, StringComparison.Ordinal))));
        return strings;
    }

    /// <summary>The names data put into strings: column names, levels and the group keys <c>column=level</c>.</summary>
    public static IEnumerable<string> DataNames(params TabularData[] datasets) =>
        datasets.SelectMany(d => d.Columns).SelectMany(c => (IEnumerable<string>)[c.Name, .. c.Levels, .. c.Levels.Select(l => $"{c.Name}={l}")]);

    /// <summary>Every table and chart of the findings, serialised, so that repeats can be counted.</summary>
    public static List<string> Views(IEnumerable<AuditResult> reports) =>
        [.. reports.SelectMany(r => r.Findings).Select(f => f.Evidence)
            .SelectMany(e => (e.Tables ?? []).Select(t => JsonSerializer.Serialize(t)).Concat((e.Charts ?? []).Select(c => JsonSerializer.Serialize(c))))];

    private static Regex PatternOf(string key)
    {
        var parts = Placeholder().Split(key);
        // Split keeps the captured index between literal parts: even positions are literals, odd ones placeholders.
        var pattern = string.Concat(parts.Select((part, i) => i % 2 == 0 ? Regex.Escape(part) : "(.+)"));
        return new Regex("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letter();
}
