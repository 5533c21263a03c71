using ExplainableAI.Sdk;

namespace ExplainableAI.Core.Tests;

/// <summary>Seeds derived by <see cref="StableSeed"/> are fixed numbers, the same in every process (issue #12).</summary>
public sealed class StableSeedTests
{
    // Expected values: FNV-1a (offset basis 2166136261, prime 16777619) over the name's UTF-16 code units, then the seed, masked
    // to 31 bits, computed independently in Python. The named form gives the same value as the engine's per-check seed before it
    // moved to the SDK, so every seeded check keeps its numbers.
    [Fact]
    public void Named_seed_is_the_fnv_hash_of_the_name_then_the_seed() =>
        Assert.Equal(1018055786, StableSeed.Derive(42, "GlobalImportanceCheck"));

    [Fact]
    public void Indexed_seed_is_the_fnv_hash_of_the_index_then_the_seed() =>
        Assert.Equal(91160484, StableSeed.Derive(42, 7));

    [Fact]
    public void Seeds_are_non_negative_and_differ_between_neighbouring_rows()
    {
        var seeds = Enumerable.Range(0, 1000).Select(r => StableSeed.Derive(-5, r)).ToList();

        Assert.All(seeds, s => Assert.True(s >= 0));
        Assert.Equal(seeds.Count, seeds.Distinct().Count());
    }
}
