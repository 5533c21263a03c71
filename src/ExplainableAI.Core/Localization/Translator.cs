namespace ExplainableAI.Core;

/// <summary>
/// Translates strings through a chain of catalogs of one language (a plugin's own, then the host's): a whole-string
/// key first, then the most specific pattern, whose matched parts are translated again when they are keys themselves.
/// </summary>
/// <param name="catalogs">The catalogs, most specific first.</param>
public sealed class Translator(IReadOnlyList<TranslationCatalog> catalogs)
{
    /// <summary>Translates a string.</summary>
    /// <param name="english">The English string.</param>
    /// <param name="translated">The translation, or the string itself.</param>
    /// <returns>Whether a translation was found.</returns>
    public bool TryTranslate(string english, out string translated)
    {
        ArgumentNullException.ThrowIfNull(english);
        if (TryLiteral(english, out translated))
        {
            return true;
        }

        // Numbers, group keys and other strings without a letter are never translated.
        if (!english.Any(char.IsLetter))
        {
            translated = english;
            return false;
        }

        foreach (var catalog in catalogs)
        {
            if (catalog.TryTranslatePattern(english, Argument, out translated))
            {
                return true;
            }
        }

        translated = english;
        return false;
    }

    /// <summary>Finds a rule's translation.</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <returns>The translation, or <see langword="null"/>.</returns>
    public RuleTranslation? Rule(string ruleId)
    {
        foreach (var catalog in catalogs)
        {
            if (catalog.Rules.TryGetValue(ruleId, out var rule))
            {
                return rule;
            }
        }

        return null;
    }

    private string Argument(string part) => TryLiteral(part, out var translated) ? translated : part;

    private bool TryLiteral(string english, out string translated)
    {
        foreach (var catalog in catalogs)
        {
            if (catalog.TryTranslateLiteral(english, out translated))
            {
                return true;
            }
        }

        translated = english;
        return false;
    }
}
