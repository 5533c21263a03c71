namespace ExplainableAI.Plugins.Robustness;

/// <summary>Standard normal draws from a seeded <see cref="Random"/> (Box–Muller), so runs repeat exactly.</summary>
internal static class Gaussian
{
    /// <summary>One draw from N(0, 1).</summary>
    /// <param name="random">The seeded source.</param>
    /// <returns>The draw.</returns>
    public static double Next(Random random)
    {
        // 1 − U lies in (0, 1], so the logarithm is finite.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
