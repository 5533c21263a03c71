namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>
/// What one merge of two sorted samples yields: the K-S statistic, the Wasserstein-1 distance and the distinct values of
/// the pooled sample. One pass over both samples serves all three, instead of one pass each.
/// </summary>
/// <param name="KsStatistic">D = max |F₁ − F₂| with right-continuous ECDFs; tied values step together.</param>
/// <param name="Wasserstein">W₁ = ∫ |F₁ − F₂| dt, exact between consecutive pooled values.</param>
/// <param name="DistinctValues">The number of distinct values of the pooled sample.</param>
/// <param name="FirstValues">The smallest distinct values, at most as many as asked for.</param>
internal sealed record SortedComparison(double KsStatistic, double Wasserstein, int DistinctValues, IReadOnlyList<double> FirstValues)
{
    /// <summary>Merges two sorted samples without NaN, each with at least one value.</summary>
    /// <param name="first">The first sample, ascending.</param>
    /// <param name="second">The second sample, ascending.</param>
    /// <param name="keepValues">How many of the smallest distinct values to keep in <see cref="FirstValues"/>.</param>
    /// <returns>The statistics.</returns>
    public static SortedComparison Of(ReadOnlySpan<double> first, ReadOnlySpan<double> second, int keepValues = 0)
    {
        if (first.IsEmpty || second.IsEmpty)
        {
            throw new ArgumentException("Both samples need at least one value.", first.IsEmpty ? nameof(first) : nameof(second));
        }

        int n1 = first.Length, n2 = second.Length;
        int i = 0, j = 0, distinct = 0;
        double max = 0, min = 0, sum = 0, gap = 0, previous = 0;
        var values = new List<double>(keepValues);
        while (i < n1 || j < n2)
        {
            // The next distinct value of the pooled sample; consume every copy of it in both samples.
            var v = i < n1 && (j >= n2 || first[i] <= second[j]) ? first[i] : second[j];
            if (distinct > 0)
            {
                // Between the previous pooled value and v both ECDFs are constant.
                sum += gap * (v - previous);
            }

            if (distinct < keepValues)
            {
                values.Add(v);
            }

            distinct++;
            while (i < n1 && first[i] == v)
            {
                i++;
            }

            while (j < n2 && second[j] == v)
            {
                j++;
            }

            var diff = ((double)i / n1) - ((double)j / n2);
            max = Math.Max(max, diff);
            min = Math.Min(min, diff);
            gap = Math.Abs(diff);
            previous = v;
        }

        var minS = Math.Clamp(-min, 0, 1);
        return new SortedComparison(minS > max ? minS : max, sum, distinct, values);
    }
}
