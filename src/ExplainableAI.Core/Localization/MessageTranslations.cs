using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// Finding messages formatted in every language a plugin translates, as the findings are reported: only then are the
/// message arguments at hand. Safe for checks reporting from several threads.
/// </summary>
internal sealed class MessageTranslations
{
    private readonly Dictionary<(string Language, string English), string> messages = [];
    private readonly Lock gate = new();

    /// <summary>Formats a finding's message in each language of the catalogs.</summary>
    /// <param name="catalogs">The reporting plugin's catalogs by language.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="english">The English message.</param>
    /// <param name="arguments">The message arguments.</param>
    public void Add(IReadOnlyDictionary<string, TranslationCatalog> catalogs, RuleDescriptor rule, string english, object?[] arguments)
    {
        foreach (var (language, catalog) in catalogs)
        {
            if (!catalog.Rules.TryGetValue(rule.Id, out var translation))
            {
                continue;
            }

            // Words a check passes as arguments ("within tolerance", a method's name) are translated like its other text.
            var translator = new Translator([catalog]);
            var localizedArguments = arguments.Select(a => a is string word && translator.TryTranslate(word, out var t) ? t : a).ToArray();
            string localized;
            try
            {
                localized = string.Format(CultureInfo.InvariantCulture, translation.Message, localizedArguments);
            }
            catch (FormatException)
            {
                // A format that does not fit the arguments falls back to English; the plugin's catalog test names it.
                continue;
            }

            lock (gate)
            {
                messages.TryAdd((language, english), localized);
            }
        }
    }

    /// <summary>The messages of one language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>English message → translation.</returns>
    public IEnumerable<KeyValuePair<string, string>> For(string language)
    {
        lock (gate)
        {
            return messages.Where(p => p.Key.Language == language).Select(p => KeyValuePair.Create(p.Key.English, p.Value)).ToList();
        }
    }
}
