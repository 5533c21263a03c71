namespace ExplainableAI.Plugins.Attribution;

/// <summary>Deterministic thinning of points for charts: evenly spaced indices, so the same data always draws the same points.</summary>
internal static class PointSample
{
    /// <summary>All of 0..count−1 when count ≤ max, else max indices ⌊i·count/max⌋.</summary>
    public static int[] Evenly(int count, int max) =>
        count <= max ? [.. Enumerable.Range(0, count)] : [.. Enumerable.Range(0, max).Select(i => (int)((long)i * count / max))];
}
