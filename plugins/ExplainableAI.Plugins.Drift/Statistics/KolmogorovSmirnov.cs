namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>
/// The two-sample Kolmogorov–Smirnov test as scipy's <c>ks_2samp(x, y, alternative="two-sided", method="auto")</c>:
/// the exact p-value when both samples have at most 10,000 values, else <c>kstwo.sf(D, round(n₁n₂/(n₁+n₂)))</c>.
/// </summary>
internal static class KolmogorovSmirnov
{
    /// <summary>scipy's <c>MAX_AUTO_N</c>: the exact method is tried while max(n₁, n₂) is at most this.</summary>
    public const int MaxExactSampleSize = 10_000;

    /// <summary>Runs the test on two sorted samples without NaN.</summary>
    /// <param name="first">The first sample, ascending.</param>
    /// <param name="second">The second sample, ascending.</param>
    /// <param name="cancellationToken">Cancels the exact computation.</param>
    /// <returns>The statistic and its p-value.</returns>
    public static KsResult Test(ReadOnlySpan<double> first, ReadOnlySpan<double> second, CancellationToken cancellationToken = default) =>
        Test(first.Length, second.Length, Statistic(first, second), cancellationToken);

    /// <summary>The p-value of a statistic already computed (by <see cref="SortedComparison"/>) from samples of the given sizes.</summary>
    /// <param name="n1">The first sample's size.</param>
    /// <param name="n2">The second sample's size.</param>
    /// <param name="d">The statistic D.</param>
    /// <param name="cancellationToken">Cancels the exact computation.</param>
    /// <returns>The statistic (h/lcm when exact, as scipy's) and its p-value.</returns>
    public static KsResult Test(int n1, int n2, double d, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n2);
        if (Math.Max(n1, n2) <= MaxExactSampleSize)
        {
            var exact = ExactPValue(n1, n2, d, cancellationToken);
            if (exact is { } result)
            {
                return new KsResult(result.Statistic, result.PValue, Exact: true);
            }
        }

        double m = Math.Max(n1, n2), n = Math.Min(n1, n2);
        var en = m * n / (m + n);
        // np.round rounds half to even, as Math.Round does by default.
        var p = KolmogorovDistribution.Survival((int)Math.Round(en), d);
        return new KsResult(d, Math.Clamp(p, 0, 1), Exact: false);
    }

    /// <summary>D = max over all values of |F₁(v) − F₂(v)| with right-continuous ECDFs; tied values step together.</summary>
    public static double Statistic(ReadOnlySpan<double> first, ReadOnlySpan<double> second) =>
        SortedComparison.Of(first, second).KsStatistic;

    /// <summary>
    /// The exact P(D ≥ d) under the null: with g = gcd(n₁, n₂) and h = round(d · lcm), the share of monotone lattice
    /// paths from (0, 0) to (n₁, n₂) that touch |x·n₂/g − y·n₁/g| ≥ h (Hodges 1958; recursion on the complement as in
    /// Viehmann 2021, which keeps every cell a probability in [0, 1] instead of a huge path count).
    /// </summary>
    /// <returns>The statistic as h/lcm and the p-value, or <see langword="null"/> when the computation failed numerically.</returns>
    public static (double Statistic, double PValue)? ExactPValue(int n1, int n2, double d, CancellationToken cancellationToken = default)
    {
        var g = Gcd(n1, n2);
        var lcm = (long)(n1 / g) * n2;
        var h = (long)Math.Round(d * lcm);
        var statistic = (double)h / lcm;
        if (h == 0)
        {
            return (statistic, 1.0);
        }

        // Symmetric in n1, n2: walk the columns of the larger.
        int m = Math.Max(n1, n2), n = Math.Min(n1, n2);
        long mg = m / g, ng = n / g;
        var previous = new double[n + 1];
        var current = new double[n + 1];
        // Column 0: cells with mg·j < h are inside (a path there has not yet gone outside: 0), others outside (1).
        var prevMin = 0;
        var prevMax = (int)Math.Min(CeilDiv(h, mg), n + 1);
        for (var j = 0; j < prevMax; j++)
        {
            previous[j] = 0;
        }

        for (var i = 1; i <= m; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // Inside cells of column i: |ng·i − mg·j| < h.
            var minJ = (int)Math.Min(Math.Max(FloorDiv((ng * i) - h, mg) + 1, 0), n);
            var maxJ = (int)Math.Min(CeilDiv((ng * i) + h, mg), n + 1);
            if (maxJ <= minJ)
            {
                return (statistic, 1.0);
            }

            var below = 1.0; // cell (i, minJ − 1) is outside, or absent when minJ = 0 (weight 0)
            for (var j = minJ; j < maxJ; j++)
            {
                var left = j >= prevMin && j < prevMax ? previous[j] : 1.0;
                var value = ((left * i) + (below * j)) / (i + j);
                current[j] = value;
                below = value;
            }

            (previous, current) = (current, previous);
            prevMin = minJ;
            prevMax = maxJ;
        }

        var p = prevMax == n + 1 ? previous[n] : 1.0;
        return p is >= 0 and <= 1 ? (statistic, p) : null;
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    private static long FloorDiv(long a, long b) => (a / b) - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);

    private static long CeilDiv(long a, long b) => -FloorDiv(-a, b);
}
