namespace ExplainableAI.Sdk;

/// <summary>
/// Derives seeds that are the same in every process, on every machine. <see cref="HashCode"/> and <see cref="string.GetHashCode()"/>
/// are randomised per process, so a seed derived with them gives other numbers in the next run; these use FNV-1a (32-bit) instead.
/// </summary>
public static class StableSeed
{
    private const uint OffsetBasis = 2166136261u;
    private const uint Prime = 16777619u;

    /// <summary>A seed for a named part of a run (a check, a stage), so adding a part never shifts another's numbers.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="name">The part's name.</param>
    /// <returns>A non-negative seed.</returns>
    public static int Derive(int seed, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = OffsetBasis;
        foreach (var c in name)
        {
            hash = unchecked((hash ^ c) * Prime);
        }

        return Finish(hash, seed);
    }

    /// <summary>A seed for one item of a run (a row, a replicate), so items draw independently of the order they are processed in.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="index">The item's index.</param>
    /// <returns>A non-negative seed.</returns>
    public static int Derive(int seed, int index) => Finish(unchecked((OffsetBasis ^ (uint)index) * Prime), seed);

    private static int Finish(uint hash, int seed) => unchecked((int)(((hash ^ (uint)seed) * Prime) & 0x7FFFFFFF));
}
