using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ExplainableAI.Plugins.Robustness.Tests;

/// <summary>
/// A translation catalog as the host reads it: the plugin assembly's embedded <c>*.i18n.&lt;language&gt;.json</c>
/// resource, with <c>rules</c> (title and message per rule ID) and <c>text</c> (English string or pattern → translation).
/// </summary>
internal sealed partial class Catalog
{
    private readonly List<(string Key, Regex Pattern)> patterns;

    private Catalog(IReadOnlyDictionary<string, (string Title, string Message)> rules, IReadOnlyDictionary<string, string> text)
    {
        Rules = rules;
        Text = text;

        // docs/i18n.md: each {n} of a key matches one or more characters; patterns with more literal characters first.
        patterns = [.. text.Keys
            .Where(k => Placeholder().IsMatch(k))
            .OrderByDescending(k => Placeholder().Replace(k, string.Empty).Length)
            .Select(k => (k, new Regex("^" + string.Concat(Placeholder().Split(k).Select((part, i) => i % 2 == 0 ? Regex.Escape(part) : "(.+)")) + "$", RegexOptions.Singleline)))];
    }

    /// <summary>Per rule ID, the translated title and message format.</summary>
    public IReadOnlyDictionary<string, (string Title, string Message)> Rules { get; }

    /// <summary>The text entries.</summary>
    public IReadOnlyDictionary<string, string> Text { get; }

    /// <summary>Reads the catalog of a language embedded in an assembly.</summary>
    public static Catalog Load(Assembly assembly, string language)
    {
        var name = Assert.Single(assembly.GetManifestResourceNames(), n => n.EndsWith($".i18n.{language}.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var json = JsonDocument.Parse(stream);
        var rules = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (json.RootElement.TryGetProperty("rules", out var ruleElements))
        {
            foreach (var rule in ruleElements.EnumerateObject())
            {
                rules[rule.Name] = (Read(rule.Value, "title"), Read(rule.Value, "message"));
            }
        }

        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json.RootElement.TryGetProperty("text", out var textElements))
        {
            foreach (var entry in textElements.EnumerateObject())
            {
                text[entry.Name] = entry.Value.GetString()!;
            }
        }

        return new Catalog(rules, text);
    }

    /// <summary>Whether a string the plugin wrote has an entry: a whole key, or a key whose placeholders match.</summary>
    public bool Translates(string english) => Text.ContainsKey(english) || patterns.Any(p => p.Pattern.IsMatch(english));

    /// <summary>The argument indices a composite format string uses (<c>{1:P1}</c> uses 1); escaped braces are not items.</summary>
    public static SortedSet<int> ArgumentIndices(string format) =>
        [.. FormatItem().Matches(format.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The placeholders of a text key or its translation.</summary>
    public static SortedSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static string Read(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() ?? string.Empty : string.Empty;

    [GeneratedRegex(@"(\{[0-9]+\})")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{([0-9]+)(?:,[^:}]*)?(?::[^}]*)?\}")]
    private static partial Regex FormatItem();
}
