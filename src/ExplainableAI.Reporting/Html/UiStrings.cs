using System.Text.Json;
using ExplainableAI.Sdk;
using Scriban.Runtime;

namespace ExplainableAI.Reporting.Html;

/// <summary>
/// The report's UI strings from <c>reports/i18n/{language}.json</c>: nested JSON objects of strings. English is loaded
/// first and the requested language laid over it, so a partial translation still renders.
/// </summary>
internal sealed class UiStrings
{
    private readonly Dictionary<string, string> flat;

    private UiStrings(Dictionary<string, string> flat) => this.flat = flat;

    /// <summary>Loads the strings for a language.</summary>
    /// <param name="templatesDirectory">The templates folder; its sibling <c>i18n</c> folder is searched first.</param>
    /// <param name="language">Language code such as <c>en</c>.</param>
    /// <returns>The strings.</returns>
    public static UiStrings Load(string templatesDirectory, string language)
    {
        if (string.IsNullOrWhiteSpace(language) || language.AsSpan().IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-") >= 0)
        {
            throw new InvalidAuditInputException($"expected a language code such as 'en' or 'ja', found '{language}'", field: "language");
        }

        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        var english = Find(templatesDirectory, "en");
        if (english is not null)
        {
            Flatten(english, flat);
        }

        if (!string.Equals(language, "en", StringComparison.OrdinalIgnoreCase))
        {
            var translated = Find(templatesDirectory, language)
                ?? throw new InvalidAuditInputException($"no UI strings for language '{language}'; expected reports/i18n/{language}.json", field: "language");
            Flatten(translated, flat);
        }
        else if (english is null)
        {
            throw new InvalidAuditInputException("no UI strings; expected reports/i18n/en.json beside the templates or the tool", field: "language");
        }

        return new UiStrings(flat);
    }

    /// <summary>The string for a dotted key (<c>family.fairness</c>), or the key itself when missing, so a gap is visible.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The raw (unescaped) string.</returns>
    public string this[string key] => this.flat.TryGetValue(key, out var value) ? value : key;

    /// <summary>The strings as nested script objects with escaped values, for templates (<c>t.verdict.passed</c>).</summary>
    /// <returns>A new script object.</returns>
    public ScriptObject ToScriptObject()
    {
        var root = new ScriptObject();
        foreach (var (key, value) in this.flat.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var parts = key.Split('.');
            var node = root;
            for (var i = 0; i < parts.Length - 1; i++)
            {
                if (node[parts[i]] is not ScriptObject child)
                {
                    child = new ScriptObject();
                    node[parts[i]] = child;
                }

                node = child;
            }

            node[parts[^1]] = HtmlText.EscapeText(value);
        }

        return root;
    }

    private static string? Find(string templatesDirectory, string language)
    {
        foreach (var folder in new[] { ReportDirectories.I18nBeside(templatesDirectory), ReportDirectories.DefaultI18n })
        {
            var path = Path.Combine(folder, language + ".json");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static void Flatten(string path, Dictionary<string, string> into)
    {
        try
        {
            // UI strings nest two or three levels; a file of 1 MiB or 16 levels is not one.
            using var document = JsonDocument.Parse(InputFile.ReadAllBytes(path, "UI strings file", 1 << 20), new JsonDocumentOptions { MaxDepth = 16 });
            Walk(document.RootElement, prefix: null, path, into);
        }
        catch (JsonException ex)
        {
            throw new InvalidAuditInputException(
                "invalid UI strings: expected a JSON object of strings",
                file: path,
                line: ex.LineNumber is { } l ? (int)l + 1 : null,
                column: ex.BytePositionInLine is { } c ? (int)c + 1 : null,
                innerException: ex);
        }
    }

    private static void Walk(JsonElement element, string? prefix, string path, Dictionary<string, string> into)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix is null ? property.Name : prefix + "." + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Walk(property.Value, key, path, into);
                    break;
                case JsonValueKind.String:
                    into[key] = property.Value.GetString()!;
                    break;
                default:
                    throw new InvalidAuditInputException($"expected a string or an object, found {property.Value.ValueKind}", file: path, field: key);
            }
        }
    }
}
