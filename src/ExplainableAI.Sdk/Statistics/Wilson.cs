namespace ExplainableAI.Sdk.Statistics;

/// <summary>
/// The Wilson score interval for a binomial proportion (Wilson 1927; Newcombe 1998, method 3): unlike the Wald interval
/// it stays inside [0, 1] and keeps close to nominal coverage for small counts and proportions near 0 or 1.
/// </summary>
public static class Wilson
{
    /// <summary>The proportion <paramref name="successes"/>/<paramref name="trials"/> with its 95 % Wilson interval.</summary>
    /// <param name="successes">Successes, 0 to <paramref name="trials"/>.</param>
    /// <param name="trials">Trials.</param>
    /// <returns>The proportion and interval; all NaN when there are no trials.</returns>
    public static Interval Proportion(long successes, long trials)
    {
        if (trials <= 0)
        {
            return new Interval(double.NaN, double.NaN, double.NaN);
        }

        // centre = (p + z²/2n) / (1 + z²/n); half-width = z / (1 + z²/n) · sqrt(p(1 − p)/n + z²/4n²).
        const double z = Interval.Z95;
        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return new Interval(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
