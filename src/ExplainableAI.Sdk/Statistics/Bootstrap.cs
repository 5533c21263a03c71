namespace ExplainableAI.Sdk.Statistics;

/// <summary>
/// Helpers of the nonparametric bootstrap (Efron &amp; Tibshirani 1993). Seed the <see cref="Random"/> with
/// <see cref="StableSeed"/> (or use the check context's seeded source) so the resamples are the same run after run.
/// </summary>
public static class Bootstrap
{
    // P(K ≤ k) = e⁻¹ Σ_{j ≤ k} 1/j!, up to k = 19 (P(K ≥ 20) < 1e-18, below the resolution of NextDouble). Read-only.
    private static readonly double[] PoissonCumulative = PoissonTable();

    /// <summary>
    /// A row's weight in a Poisson bootstrap resample: one draw from the Poisson distribution with mean 1, by inversion
    /// of the cumulative distribution (one uniform, on average two comparisons with a precomputed table). A Poisson
    /// bootstrap weights every row independently (Hanley &amp; MacGibbon 2006), so a resample needs no index drawing and
    /// no written-out copy, and two statistics weighted alike stay paired; for large n it behaves as the multinomial one.
    /// </summary>
    /// <param name="random">The seeded source.</param>
    /// <returns>The weight, 0, 1, 2, …</returns>
    public static int PoissonWeight(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u = random.NextDouble();
        var k = 0;
        while (k < PoissonCumulative.Length - 1 && u > PoissonCumulative[k])
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// The percentile interval: the 2.5th and 97.5th percentiles (<see cref="Quantile.Linear"/>) of the replicates
    /// that are numbers; a replicate is NaN when the statistic is undefined in its resample, and is left out.
    /// </summary>
    /// <param name="estimate">The point estimate on the original data.</param>
    /// <param name="replicates">The bootstrap replicates; compacted and sorted in place.</param>
    /// <returns>The estimate with its 95 % interval; NaN bounds when no replicate is a number or the estimate is NaN.</returns>
    public static Interval PercentileInterval(double estimate, Span<double> replicates)
    {
        var n = 0;
        for (var i = 0; i < replicates.Length; i++)
        {
            if (!double.IsNaN(replicates[i]))
            {
                replicates[n++] = replicates[i];
            }
        }

        if (n == 0 || double.IsNaN(estimate))
        {
            return Interval.PointOnly(estimate);
        }

        var sorted = replicates[..n];
        sorted.Sort();
        return new Interval(estimate, Quantile.Linear(sorted, 0.025), Quantile.Linear(sorted, 0.975));
    }

    private static double[] PoissonTable()
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
