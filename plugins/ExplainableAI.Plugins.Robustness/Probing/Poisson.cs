namespace ExplainableAI.Plugins.Robustness;

/// <summary>Draws from the Poisson distribution with mean 1, the weight of a row in a Poisson bootstrap resample.</summary>
internal static class Poisson
{
    // P(K ≤ k) = e⁻¹ Σ_{j ≤ k} 1/j!, up to k = 19 (P(K ≥ 20) < 1e-18, below the resolution of NextDouble).
    private static readonly double[] Cumulative = Table();

    /// <summary>
    /// One draw by inversion of the cumulative distribution: one uniform per draw and on average two comparisons with a
    /// precomputed table. A Poisson bootstrap weights every row independently (Hanley &amp; MacGibbon 2006), so a
    /// resample needs no index drawing and no written-out copy; for large n it behaves as the multinomial bootstrap.
    /// </summary>
    /// <param name="random">The seeded source.</param>
    /// <returns>The weight, 0, 1, 2, …</returns>
    public static int NextUnitMean(Random random)
    {
        var u = random.NextDouble();
        var k = 0;
        while (k < Cumulative.Length - 1 && u > Cumulative[k])
        {
            k++;
        }

        return k;
    }

    private static double[] Table()
    {
        var table = new double[20];
        var p = 1 / Math.E;
        table[0] = p;
        for (var k = 1; k < table.Length; k++)
        {
            p /= k;
            table[k] = table[k - 1] + p;
        }

        return table;
    }
}
