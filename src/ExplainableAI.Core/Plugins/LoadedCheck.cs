using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>A check instance and the plugin it came from.</summary>
/// <param name="Check">The check.</param>
/// <param name="Plugin">The plugin assembly's name.</param>
public sealed record LoadedCheck(AuditCheck Check, string Plugin)
{
    /// <summary>The translation catalogs the check's plugin ships, by language (see <see cref="CatalogResources"/>).</summary>
    public IReadOnlyDictionary<string, TranslationCatalog> Translations { get; init; } = new Dictionary<string, TranslationCatalog>(StringComparer.Ordinal);
}
