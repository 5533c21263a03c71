using System.Text.Json;
using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// The translations one plugin (or the host) ships for one language: rule titles and message formats, and the other
/// strings its checks write (chart and table text, metric names). The format is documented in <c>docs/i18n.md</c>.
/// </summary>
public sealed class TranslationCatalog
{
    private readonly Dictionary<string, string> literals;
    private readonly IReadOnlyList<TextPattern> patterns;

    private TranslationCatalog(string language, IReadOnlyDictionary<string, RuleTranslation> rules, Dictionary<string, string> literals, IReadOnlyList<TextPattern> patterns)
    {
        Language = language;
        Rules = rules;
        this.literals = literals;
        this.patterns = patterns;
    }

    /// <summary>An empty catalog.</summary>
    /// <param name="language">Its language.</param>
    /// <returns>The catalog.</returns>
    public static TranslationCatalog Empty(string language) => new(language, new Dictionary<string, RuleTranslation>(StringComparer.Ordinal), new(StringComparer.Ordinal), []);

    /// <summary>The language code, such as <c>ja</c>.</summary>
    public string Language { get; }

    /// <summary>Rule translations by rule ID.</summary>
    public IReadOnlyDictionary<string, RuleTranslation> Rules { get; }

    /// <summary>Reads a catalog.</summary>
    /// <param name="json">The catalog's JSON.</param>
    /// <param name="language">Its language.</param>
    /// <param name="source">Where it came from, for errors.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="InvalidAuditInputException">The JSON does not follow the catalog format.</exception>
    public static TranslationCatalog Parse(string json, string language, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            throw new InvalidAuditInputException(
                $"translation catalog is not valid JSON: {ex.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}",
                file: source,
                line: ex.LineNumber is { } l ? (int)l + 1 : null,
                column: ex.BytePositionInLine is { } c ? (int)c + 1 : null,
                innerException: ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidAuditInputException("translation catalog must be a JSON object with 'rules' and 'text'", file: source);
            }

            var rules = new Dictionary<string, RuleTranslation>(StringComparer.Ordinal);
            if (root.TryGetProperty("rules", out var rulesElement))
            {
                foreach (var rule in Members(rulesElement, source, "rules"))
                {
                    var title = RequiredString(rule.Value, "title", source, $"rules.{rule.Name}");
                    var message = RequiredString(rule.Value, "message", source, $"rules.{rule.Name}");
                    var description = rule.Value.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
                    rules[rule.Name] = new RuleTranslation(title, message, description);
                }
            }

            var literals = new Dictionary<string, string>(StringComparer.Ordinal);
            var patterns = new List<TextPattern>();
            if (root.TryGetProperty("text", out var textElement))
            {
                foreach (var entry in Members(textElement, source, "text"))
                {
                    if (entry.Value.ValueKind != JsonValueKind.String)
                    {
                        throw new InvalidAuditInputException($"expected a string translation for \"{entry.Name}\"", file: source, field: "text." + entry.Name);
                    }

                    var translation = entry.Value.GetString()!;
                    if (!TextPattern.IsPattern(entry.Name))
                    {
                        literals[entry.Name] = translation;
                        continue;
                    }

                    var (pattern, error) = TextPattern.Compile(entry.Name, translation);
                    if (pattern is null)
                    {
                        throw new InvalidAuditInputException($"text pattern \"{entry.Name}\": {error}", file: source, field: "text." + entry.Name);
                    }

                    patterns.Add(pattern);
                }
            }

            // The most specific pattern wins: more literal text first, the catalog's order among equals.
            var ordered = patterns.Select((p, i) => (p, i)).OrderByDescending(x => x.p.LiteralLength).ThenBy(x => x.i).Select(x => x.p).ToList();
            return new TranslationCatalog(language, rules, literals, ordered);
        }
    }

    /// <summary>Looks up a string that must match a <c>text</c> key exactly.</summary>
    /// <param name="english">The English string.</param>
    /// <param name="translated">The translation.</param>
    /// <returns>Whether there is one.</returns>
    public bool TryTranslateLiteral(string english, out string translated)
    {
        if (literals.TryGetValue(english, out var found))
        {
            translated = found;
            return true;
        }

        translated = english;
        return false;
    }

    /// <summary>Translates a string by its patterns (not by literal keys).</summary>
    /// <param name="english">The English string.</param>
    /// <param name="translateArgument">Translates a matched part.</param>
    /// <param name="translated">The translation.</param>
    /// <returns>Whether a pattern matched.</returns>
    internal bool TryTranslatePattern(string english, Func<string, string> translateArgument, out string translated)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.TryTranslate(english, translateArgument, out translated))
            {
                return true;
            }
        }

        translated = english;
        return false;
    }

    private static IEnumerable<JsonProperty> Members(JsonElement element, string source, string field) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject()
            : throw new InvalidAuditInputException($"expected an object for '{field}'", file: source, field: field);

    private static string RequiredString(JsonElement element, string name, string source, string field) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidAuditInputException($"expected a non-empty string '{name}'", file: source, field: field + "." + name);
}
