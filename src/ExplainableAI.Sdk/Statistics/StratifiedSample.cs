namespace ExplainableAI.Sdk.Statistics;

/// <summary>
/// A seeded sample of rows stratified by label: each outcome (positive, negative, label missing, as in
/// <see cref="BinaryLabel.Outcomes"/>) keeps its share of the rows, rounded by largest remainder, so the sample's
/// prevalence is the data's and its AUROC estimates the same thing.
/// </summary>
public static class StratifiedSample
{
    /// <summary>
    /// Draws <paramref name="size"/> distinct rows in one pass (selection sampling, Knuth's Algorithm S, per stratum:
    /// a row is taken with probability still needed / still left), so the rows come out ascending and the same seed
    /// gives the same rows.
    /// </summary>
    /// <param name="outcomes">Per row, the outcome (any byte, each value a stratum), or <see langword="null"/> for one stratum.</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="size">How many to draw; every row when at least <paramref name="rows"/>.</param>
    /// <param name="random">The seeded source.</param>
    /// <returns>Row indices, ascending.</returns>
    /// <exception cref="ArgumentException">The outcomes are not one per row, or the size is negative.</exception>
    public static int[] Draw(byte[]? outcomes, int rows, int size, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (outcomes is not null && outcomes.Length != rows)
        {
            throw new ArgumentException("One outcome per row is needed.", nameof(outcomes));
        }

        if (size >= rows)
        {
            return [.. Enumerable.Range(0, rows)];
        }

        var left = new long[256];
        for (var r = 0; r < rows; r++)
        {
            left[Stratum(outcomes, r)]++;
        }

        var needed = Quotas(left, rows, size);
        var sample = new int[size];
        var taken = 0;
        for (var r = 0; r < rows && taken < size; r++)
        {
            var s = Stratum(outcomes, r);
            if (random.NextDouble() * left[s] < needed[s])
            {
                sample[taken++] = r;
                needed[s]--;
            }

            left[s]--;
        }

        return sample;
    }

    private static byte Stratum(byte[]? outcomes, int row) => outcomes is null ? (byte)0 : outcomes[row];

    // Hamilton's method: each stratum gets the floor of its exact share, the rows left over go to the largest remainders
    // (ties to the lower stratum), so the quotas sum to the size exactly.
    private static long[] Quotas(long[] counts, int rows, int size)
    {
        var quotas = new long[counts.Length];
        var remainders = new List<(double Remainder, int Stratum)>();
        long given = 0;
        for (var s = 0; s < counts.Length; s++)
        {
            if (counts[s] == 0)
            {
                continue;
            }

            var exact = (double)size * counts[s] / rows;
            quotas[s] = (long)Math.Floor(exact);
            given += quotas[s];
            remainders.Add((exact - quotas[s], s));
        }

        foreach (var (_, s) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Stratum).Take((int)(size - given)))
        {
            quotas[s]++;
        }

        return quotas;
    }
}
