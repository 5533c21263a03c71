using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// Who owns each rule ID so far, in load order: the host's rules first, then each plugin's, all or none. A plugin that
/// declares an ID already owned, declares one ID in two of its checks, or uses the reserved <c>XAI</c> prefix from outside
/// the built-in folder gets none: the first owner keeps the ID, so which plugin fails does not depend on the later one.
/// Reasons name plugins and checks cleaned (<see cref="UntrustedText"/>) one by one, so the sentence around them is never
/// cut; the IDs themselves are well-formed, their descriptors checked them.
/// </summary>
internal sealed class RuleIdOwners
{
    private readonly Dictionary<string, string> owners = new(StringComparer.Ordinal);

    /// <summary>Starts with the host's own rules (XAI0001–XAI0006).</summary>
    public RuleIdOwners()
    {
        foreach (var rule in HostRules.All)
        {
            owners[rule.Id] = "the host (ExplainableAI.Core)";
        }
    }

    /// <summary>Gives a plugin every ID its checks declare, or none.</summary>
    /// <param name="plugin">The plugin's name.</param>
    /// <param name="checks">Its checks.</param>
    /// <param name="builtIn">Whether it was loaded from the built-in folder (or compiled into the caller), which may use <c>XAI</c>.</param>
    /// <returns>Why the plugin cannot have its IDs, or <see langword="null"/> when it now owns them.</returns>
    public string? Claim(string plugin, IReadOnlyList<AuditCheck> checks, bool builtIn)
    {
        var claimed = new Dictionary<string, AuditCheck>(StringComparer.Ordinal);
        foreach (var check in checks)
        {
            foreach (var rule in check.Rules)
            {
                if (!builtIn && RuleIds.IsReserved(rule.Id))
                {
                    return $"its check {Name(check)} declares rule {rule.Id}, but the {RuleIds.ReservedPrefix} prefix is reserved for the built-in rules; give the plugin's rules a prefix of its own, such as ACME{rule.Id[RuleIds.ReservedPrefix.Length..]}";
                }

                if (claimed.TryGetValue(rule.Id, out var first) && !ReferenceEquals(first, check))
                {
                    return $"rule ID {rule.Id} is declared twice in the plugin, by {Name(first)} and by {Name(check)}";
                }

                claimed[rule.Id] = check;
            }
        }

        foreach (var (id, check) in claimed)
        {
            if (owners.TryGetValue(id, out var owner))
            {
                return $"rule ID {id} of its check {Name(check)} is already declared by {owner}, loaded first";
            }
        }

        foreach (var (id, check) in claimed)
        {
            owners[id] = $"plugin {UntrustedText.Clean(plugin)} (check {Name(check)})";
        }

        return null;
    }

    private static string Name(AuditCheck check) => UntrustedText.Clean(check.Name);
}
