namespace ExplainableAI.Demo.Cohorts;

/// <summary>Standard normal draws from a seeded <see cref="Random"/> by the Box–Muller transform.</summary>
/// <remarks>
/// Each draw consumes exactly two uniforms and the sine partner is discarded, so the number of uniforms a
/// patient consumes never depends on earlier values: the stream stays aligned and the cohort reproducible.
/// </remarks>
internal static class GaussianSampler
{
    /// <summary>One draw from N(0, 1).</summary>
    public static double Next(Random random)
    {
        // 1 - U lies in (0, 1], so the logarithm is finite.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
