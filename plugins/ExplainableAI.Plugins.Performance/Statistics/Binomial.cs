namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// Draws from binomial and multinomial distributions by exact inversion, so a bootstrap can resample a group's confusion
/// matrix as multinomial counts in O(√n) instead of copying n rows.
/// </summary>
internal static class Binomial
{
    /// <summary>Draws X ~ Binomial(<paramref name="n"/>, <paramref name="p"/>).</summary>
    /// <param name="random">The random source.</param>
    /// <param name="n">Trials, at least 0.</param>
    /// <param name="p">Success probability, 0 to 1.</param>
    /// <returns>The number of successes.</returns>
    public static long Sample(Random random, long n, double p)
    {
        if (n <= 0 || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        // Work with the smaller of p and 1 − p so the probabilities below cannot underflow, then mirror back.
        if (p > 0.5)
        {
            return n - Sample(random, n, 1 - p);
        }

        var q = 1 - p;
        var u = random.NextDouble();
        if (n * p < 30)
        {
            // Inversion from 0: P(0) = qⁿ ≥ e^(−2np) > e^(−60) stays representable because np < 30 and p ≤ 1/2.
            var probability = Math.Exp(n * Math.Log(q));
            var ratio = p / q;
            for (long k = 0; k < n; k++)
            {
                u -= probability;
                if (u <= 0)
                {
                    return k;
                }

                probability *= (n - k) / (k + 1.0) * ratio;
                if (probability == 0)
                {
                    return k;
                }
            }

            return n;
        }

        return FromMode(u, n, p, q);
    }

    /// <summary>Draws multinomial counts of <paramref name="n"/> trials over cells with the given probabilities.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="n">Trials.</param>
    /// <param name="probabilities">Cell probabilities, summing to 1.</param>
    /// <param name="counts">Receives the count of each cell.</param>
    public static void Multinomial(Random random, long n, ReadOnlySpan<double> probabilities, Span<long> counts)
    {
        // Sequential conditional binomials: cell i gets Binomial(remaining trials, pᵢ / remaining probability).
        var remaining = n;
        var mass = 1.0;
        for (var i = 0; i < probabilities.Length - 1; i++)
        {
            var share = mass <= 0 ? 0 : Math.Clamp(probabilities[i] / mass, 0, 1);
            counts[i] = Sample(random, remaining, share);
            remaining -= counts[i];
            mass -= probabilities[i];
        }

        counts[^1] = remaining;
    }

    // Inversion over the support enumerated outwards from the mode, always taking next the neighbour with the larger
    // probability: the order depends only on (n, p), so this is exact inversion, and it needs O(√(npq)) steps.
    private static long FromMode(double u, long n, double p, double q)
    {
        var mode = (long)Math.Floor((n + 1) * p);
        mode = Math.Min(mode, n);
        var logPmf = LogGamma.Factorial(n) - LogGamma.Factorial(mode) - LogGamma.Factorial(n - mode) + (mode * Math.Log(p)) + ((n - mode) * Math.Log(q));
        var atMode = Math.Exp(logPmf);
        u -= atMode;
        if (u <= 0)
        {
            return mode;
        }

        var ratio = p / q;
        long low = mode;
        long high = mode;
        var pLow = atMode;
        var pHigh = atMode;
        while (true)
        {
            var nextHigh = high < n ? pHigh * ((n - high) / (high + 1.0)) * ratio : 0;
            var nextLow = low > 0 ? pLow * (low / (n - low + 1.0)) / ratio : 0;
            if (nextHigh == 0 && nextLow == 0)
            {
                // Only rounding is left (the probabilities summed to 1 − ε): the mode is as good an answer as any.
                return mode;
            }

            if (nextHigh >= nextLow)
            {
                high++;
                pHigh = nextHigh;
                u -= pHigh;
                if (u <= 0)
                {
                    return high;
                }
            }
            else
            {
                low--;
                pLow = nextLow;
                u -= pLow;
                if (u <= 0)
                {
                    return low;
                }
            }
        }
    }
}
