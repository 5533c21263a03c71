using System.Collections.Frozen;
using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Regulatory;

/// <summary>
/// The requirement catalog: every requirement ID a rule descriptor may cite, with titles in English and Japanese,
/// the evidence that satisfies it and its verification status. It is data shipped with the tool
/// (<c>reports/catalog/requirements.yaml</c>), versioned, and validated when loaded.
/// </summary>
public sealed class RequirementCatalog
{
    private readonly FrozenDictionary<string, Requirement> byId;

    internal RequirementCatalog(string version, string source, IReadOnlyList<Requirement> requirements)
    {
        Version = version;
        Source = source;
        Requirements = requirements;
        byId = requirements.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>The catalog file shipped beside the assembly: <c>AppContext.BaseDirectory/reports/catalog/requirements.yaml</c>.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "reports", "catalog", "requirements.yaml");

    /// <summary>The catalog's version (<c>catalog_version</c>), for the report's provenance.</summary>
    public string Version { get; }

    /// <summary>Where the catalog's content comes from (<c>source</c>).</summary>
    public string Source { get; }

    /// <summary>Every entry, in file order.</summary>
    public IReadOnlyList<Requirement> Requirements { get; }

    /// <summary>Loads and validates a catalog file.</summary>
    /// <param name="path">The YAML file.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="InvalidAuditInputException">The file is missing, not YAML, or an entry is invalid; the message names the file, line and field.</exception>
    public static RequirementCatalog Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return CatalogReader.Read(YamlFile.Load(path, "requirement catalog"), path);
    }

    /// <summary>Loads the catalog shipped with the tool (<see cref="DefaultPath"/>).</summary>
    /// <returns>The catalog.</returns>
    /// <exception cref="InvalidAuditInputException">The shipped catalog is missing or invalid.</exception>
    public static RequirementCatalog LoadDefault() => Load(DefaultPath);

    /// <summary>Whether the catalog has an entry with this ID.</summary>
    /// <param name="id">A requirement ID.</param>
    /// <returns><see langword="true"/> when it exists.</returns>
    public bool Contains(string id) => id is not null && byId.ContainsKey(id);

    /// <summary>Looks an entry up.</summary>
    /// <param name="id">A requirement ID.</param>
    /// <param name="requirement">The entry, when found.</param>
    /// <returns><see langword="true"/> when it exists.</returns>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Requirement? requirement)
    {
        if (id is null)
        {
            requirement = null;
            return false;
        }

        return byId.TryGetValue(id, out requirement);
    }

    /// <summary>Gets an entry.</summary>
    /// <param name="id">A requirement ID.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="KeyNotFoundException">No entry has that ID.</exception>
    public Requirement this[string id] => byId.TryGetValue(id, out var r) ? r : throw new KeyNotFoundException($"Requirement '{id}' is not in the catalog {Version}.");

    /// <summary>The requirement IDs cited by rule descriptors that the catalog does not know, each with the rule citing it.</summary>
    /// <param name="rules">Rule descriptors, for example every rule of every loaded check.</param>
    /// <returns>The unknown citations, in rule order; empty when every ID exists.</returns>
    public IReadOnlyList<UnknownRequirement> FindUnknown(IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return [.. rules.SelectMany(r => r.Requirements.Where(id => !Contains(id)).Select(id => new UnknownRequirement(r.Id, id)))];
    }

    /// <summary>The unknown requirement IDs among those of the rules recorded in a report.</summary>
    /// <param name="rules">Rules as recorded in a report.</param>
    /// <returns>The unknown citations, in rule order; empty when every ID exists.</returns>
    public IReadOnlyList<UnknownRequirement> FindUnknown(IEnumerable<ExplainableAI.Core.RuleRecord> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return [.. rules.SelectMany(r => r.Requirements.Where(id => !Contains(id)).Select(id => new UnknownRequirement(r.Id, id)))];
    }
}
