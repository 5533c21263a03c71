namespace ExplainableAI.Core;

/// <summary>
/// The bounds a YAML input must stay within, enforced while it is parsed, so that a small hostile file can neither burn
/// CPU for minutes (aliases that stand for ever larger structures: "billion laughs") nor overflow the stack (deep nesting).
/// </summary>
/// <param name="MaxBytes">The largest file accepted.</param>
/// <param name="MaxDepth">The deepest nesting of mappings and sequences.</param>
/// <param name="MaxAliasExpansion">How many nodes all aliases together may stand for, counting each alias as the size of what it names.</param>
public sealed record YamlLimits(long MaxBytes, int MaxDepth, int MaxAliasExpansion)
{
    /// <summary>
    /// 1 MiB, 64 levels, 10,000 aliased nodes: a manifest or declared-facts file is a few hundred bytes and 4 levels
    /// deep, the shipped requirement catalog about 160 KB and 4 levels deep.
    /// </summary>
    public static YamlLimits Default { get; } = new(1 << 20, 64, 10_000);
}
