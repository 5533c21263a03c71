using System.Reflection;
using System.Text;
using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// Reads the translation catalogs an assembly carries: manifest resources named <c>*.i18n.&lt;language&gt;.json</c>.
/// </summary>
public static class CatalogResources
{
    private const string Marker = ".i18n.";

    /// <summary>The catalogs of an assembly, by language.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The catalogs (empty when it ships none).</returns>
    /// <exception cref="InvalidAuditInputException">A catalog is malformed.</exception>
    public static IReadOnlyDictionary<string, TranslationCatalog> Load(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var catalogs = new SortedDictionary<string, TranslationCatalog>(StringComparer.Ordinal);
        foreach (var (language, source, json) in Texts(assembly))
        {
            catalogs[language] = TranslationCatalog.Parse(json, language, source);
        }

        return catalogs;
    }

    /// <summary>The catalogs' raw text by language, as embedded: a plugin process sends them to the host, which parses them with <see cref="Load"/>'s rules.</summary>
    internal static IEnumerable<(string Language, string Source, string Json)> Texts(Assembly assembly)
    {
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            var marker = name.LastIndexOf(Marker, StringComparison.Ordinal);
            if (marker < 0 || !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var language = name[(marker + Marker.Length)..^".json".Length];
            if (language.Length == 0 || language.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return (language, $"{assembly.GetName().Name}:{name}", reader.ReadToEnd());
        }
    }
}
