namespace ExplainableAI.Plugins.Robustness;

/// <summary>Draws from the Poisson distribution with mean 1, the weight of a row in a Poisson bootstrap resample.</summary>
internal static class Poisson
{
    /// <summary>
    /// One draw by inversion of the cumulative distribution (P(k) = e⁻¹ / k!): one uniform per draw and on average two
    /// steps. A Poisson bootstrap weights every row independently (Hanley &amp; MacGibbon 2006), so a resample needs no
    /// index drawing and no written-out copy; for large n it behaves as the multinomial bootstrap.
    /// </summary>
    /// <param name="random">The seeded source.</param>
    /// <returns>The weight, 0, 1, 2, …</returns>
    public static int NextUnitMean(Random random)
    {
        var u = random.NextDouble();
        var k = 0;
        var p = 1 / Math.E;
        var cumulative = p;
        while (u > cumulative && k < 20)
        {
            k++;
            p /= k;
            cumulative += p;
        }

        return k;
    }
}
