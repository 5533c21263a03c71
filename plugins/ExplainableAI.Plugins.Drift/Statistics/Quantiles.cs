namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>Quantiles of a sorted sample as numpy's default <c>np.quantile(x, q, method="linear")</c>.</summary>
internal static class Quantiles
{
    /// <summary>The q-quantile: at virtual index h = (n − 1)q, interpolate between x[⌊h⌋] and x[⌊h⌋ + 1].</summary>
    public static double Linear(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("The sample is empty.", nameof(sorted));
        }

        var h = (sorted.Length - 1) * q;
        var lower = (int)Math.Floor(h);
        if (lower >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        var t = h - lower;
        var a = sorted[lower];
        var b = sorted[lower + 1];
        // numpy's _lerp: from the nearer end, so the result is monotone in t and exact at t = 1.
        var diff = b - a;
        return t >= 0.5 ? b - (diff * (1 - t)) : a + (diff * t);
    }

    /// <summary>The 9 inner deciles q = 1/10 … 9/10 with duplicates merged, ascending.</summary>
    public static double[] InnerDecileEdges(ReadOnlySpan<double> sorted)
    {
        var edges = new List<double>(9);
        for (var k = 1; k <= 9; k++)
        {
            var e = Linear(sorted, k / 10.0);
            if (edges.Count == 0 || e > edges[^1])
            {
                edges.Add(e);
            }
        }

        return [.. edges];
    }

    /// <summary>Counts of a sorted sample in the right-closed bins (−∞, e₁], (e₁, e₂], …, (e_k, +∞).</summary>
    public static long[] CountInBins(ReadOnlySpan<double> sorted, ReadOnlySpan<double> edges)
    {
        var counts = new long[edges.Length + 1];
        var previous = 0;
        for (var b = 0; b < edges.Length; b++)
        {
            var atOrBelow = UpperBound(sorted, edges[b]);
            counts[b] = atOrBelow - previous;
            previous = atOrBelow;
        }

        counts[^1] = sorted.Length - previous;
        return counts;
    }

    /// <summary>The number of values ≤ x in a sorted span.</summary>
    public static int UpperBound(ReadOnlySpan<double> sorted, double x)
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
}
