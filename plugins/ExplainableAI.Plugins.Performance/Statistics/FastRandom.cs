namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna 2018), seeded from the check's seeded <see cref="Random"/> so results still repeat run
/// after run: the row-level bootstrap draws one index per row and resample (up to 10⁹ draws), where
/// <see cref="Random.Next(int)"/> of a seeded <see cref="Random"/> costs several times more.
/// </summary>
internal sealed class FastRandom
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    /// <summary>Seeds the generator with four 64-bit values drawn from <paramref name="seed"/>.</summary>
    /// <param name="seed">The seeded source.</param>
    public FastRandom(Random seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        do
        {
            s0 = (ulong)seed.NextInt64();
            s1 = (ulong)seed.NextInt64();
            s2 = (ulong)seed.NextInt64();
            s3 = (ulong)seed.NextInt64();
        }
        while ((s0 | s1 | s2 | s3) == 0);
    }

    /// <summary>The next 64 random bits.</summary>
    /// <returns>The bits.</returns>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, <paramref name="n"/>), exactly (Lemire's multiply-shift with rejection, 2019).</summary>
    /// <param name="n">The bound, at least 1.</param>
    /// <returns>The integer.</returns>
    public int NextBelow(int n)
    {
        var bound = (uint)n;
        var product = (ulong)(uint)(NextUInt64() >> 32) * bound;
        var low = (uint)product;
        if (low < bound)
        {
            // Reject the few low values that would make some results one draw more likely than others.
            var threshold = (0u - bound) % bound;
            while (low < threshold)
            {
                product = (ulong)(uint)(NextUInt64() >> 32) * bound;
                low = (uint)product;
            }
        }

        return (int)(product >> 32);
    }
}
