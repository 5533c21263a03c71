namespace ExplainableAI.Reporting.Charts;

/// <summary>
/// Deterministic vertical offsets for the points of one beeswarm row: points are binned by their x pixel (one point
/// diameter per bin) and stacked within a bin alternately below and above the row's centre line, in order of x and then
/// of input position. No random jitter, so the same data always gives the same picture; a bin fuller than the row's
/// height wraps around rather than spilling into the next row.
/// </summary>
internal static class BeeswarmLayout
{
    /// <summary>The offsets of the points from the row's centre line.</summary>
    /// <param name="x">The points' x positions in pixels.</param>
    /// <param name="diameter">The point diameter: both the bin width and the stacking step.</param>
    /// <param name="maxOffset">The largest distance from the centre line a point may have.</param>
    /// <returns>One offset per point, in input order.</returns>
    public static double[] Offsets(IReadOnlyList<double> x, double diameter, double maxOffset)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(diameter);
        var offsets = new double[x.Count];
        var levels = Math.Max(1, (int)Math.Floor(maxOffset / diameter));
        var order = Enumerable.Range(0, x.Count).OrderBy(i => x[i]).ThenBy(i => i);
        var filled = new Dictionary<long, int>();
        foreach (var i in order)
        {
            var bin = (long)Math.Floor(x[i] / diameter);
            var k = filled.GetValueOrDefault(bin);
            filled[bin] = k + 1;

            // k = 0 → centre; 1 → one step below; 2 → one step above; 3 → two below; …
            var level = (k + 1) / 2;
            if (level > levels)
            {
                level = ((level - 1) % levels) + 1;
            }

            offsets[i] = k == 0 ? 0 : (k % 2 == 1 ? 1 : -1) * level * diameter;
        }

        return offsets;
    }
}
