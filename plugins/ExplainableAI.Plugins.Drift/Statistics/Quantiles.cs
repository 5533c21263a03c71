using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>Decile bins of a sorted sample for the population stability index, from the SDK's <see cref="Quantile.Linear"/>.</summary>
internal static class Quantiles
{
    /// <summary>The 9 inner deciles q = 1/10 … 9/10 with duplicates merged, ascending.</summary>
    public static double[] InnerDecileEdges(ReadOnlySpan<double> sorted)
    {
        var edges = new List<double>(9);
        for (var k = 1; k <= 9; k++)
        {
            var e = Quantile.Linear(sorted, k / 10.0);
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
            var atOrBelow = Ecdf.CountAtOrBelow(sorted, edges[b]);
            counts[b] = atOrBelow - previous;
            previous = atOrBelow;
        }

        counts[^1] = sorted.Length - previous;
        return counts;
    }
}
