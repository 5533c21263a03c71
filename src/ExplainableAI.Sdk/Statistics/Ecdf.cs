namespace ExplainableAI.Sdk.Statistics;

/// <summary>The empirical cumulative distribution function of a sorted sample: F(x) = (values ≤ x) / n.</summary>
public static class Ecdf
{
    /// <summary>The number of values ≤ <paramref name="x"/>, by binary search: O(log n).</summary>
    /// <param name="sorted">The sample in ascending order, without NaN.</param>
    /// <param name="x">The point.</param>
    /// <returns>The count, 0 to n.</returns>
    public static int CountAtOrBelow(ReadOnlySpan<double> sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>F(<paramref name="x"/>): the share of the sample at or below <paramref name="x"/> (ties counted).</summary>
    /// <param name="sorted">The sample in ascending order, without NaN.</param>
    /// <param name="x">The point.</param>
    /// <returns>The share, 0 to 1; NaN for an empty sample.</returns>
    public static double At(ReadOnlySpan<double> sorted, double x) =>
        sorted.IsEmpty ? double.NaN : (double)CountAtOrBelow(sorted, x) / sorted.Length;
}
