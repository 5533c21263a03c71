using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>Points of an empirical cumulative distribution function, few enough to draw: (value, share of values ≤ it).</summary>
/// <param name="X">Values, ascending and distinct.</param>
/// <param name="Y">The ECDF at each value: the share of the sample at or below it.</param>
internal sealed record EcdfPoints(IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    /// <summary>No points.</summary>
    public static EcdfPoints Empty { get; } = new([], []);

    /// <summary>
    /// At most <paramref name="maxPoints"/> points of the ECDF of a sorted sample, chosen deterministically: the values at
    /// the evenly spaced ranks round(k·(n − 1)/(maxPoints − 1)), k = 0 … maxPoints − 1 (every value when n ≤ maxPoints),
    /// each with the exact ECDF there (ties counted), repeated values once.
    /// </summary>
    /// <param name="sorted">The sample, ascending, without NaN.</param>
    /// <param name="maxPoints">The most points to return (at least 2).</param>
    /// <returns>The points.</returns>
    public static EcdfPoints Of(ReadOnlySpan<double> sorted, int maxPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 2);
        var n = sorted.Length;
        if (n == 0)
        {
            return Empty;
        }

        var take = Math.Min(n, maxPoints);
        var x = new List<double>(take);
        var y = new List<double>(take);
        for (var k = 0; k < take; k++)
        {
            var rank = take == n ? k : (int)Math.Round((double)k * (n - 1) / (take - 1), MidpointRounding.AwayFromZero);
            var v = sorted[rank];
            if (x.Count > 0 && x[^1] == v)
            {
                continue;
            }

            x.Add(v);
            y.Add(Ecdf.At(sorted, v));
        }

        return new EcdfPoints(x, y);
    }
}
