using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The feature that most plausibly interacts with a given one, for colouring its dependence plot (the idea of shap's
/// <c>approximate_interactions</c>, in our own formulation): sort the rows by the feature's value and cut them into bins of a
/// tenth of the rows (at least 10). Inside a bin, what moves the attribution beyond a straight line in the feature's own value
/// is its interaction with other features; so each other feature scores the row-weighted mean, over bins, of |Pearson r|
/// between its value and the residual of that line. The best score wins if it reaches <see cref="MinimumScore"/>; bins whose
/// residuals vanish (an additive effect) contribute no score.
/// </summary>
internal static class InteractionPartner
{
    /// <summary>Below this mean |r| no feature is named: chance correlations in bins of 10–20 rows average 0.18–0.26.</summary>
    public const double MinimumScore = 0.4;

    private const int MinimumBin = 10;

    /// <summary>The interacting feature and its score (row-weighted mean |r|), or <see langword="null"/> when none reaches the minimum.</summary>
    public static (int Feature, double Score)? Find(AttributionResult result, FeatureMatrix rows, int feature)
    {
        var ordered = Enumerable.Range(0, result.RowCount)
            .Where(r => !double.IsNaN(rows.Row(r)[feature]))
            .OrderBy(r => rows.Row(r)[feature])
            .ThenBy(r => r)
            .ToArray();
        var binSize = Math.Max(MinimumBin, ordered.Length / 10);
        var residuals = new double[ordered.Length];
        var spread = Spread(ordered.Select(r => result.Value(r, feature)));
        for (var start = 0; start < ordered.Length; start += binSize)
        {
            var end = Math.Min(start + binSize, ordered.Length);
            Residuals(ordered.AsSpan(start, end - start), result, rows, feature, residuals.AsSpan(start, end - start), spread);
        }

        int? best = null;
        var bestScore = MinimumScore;
        for (var other = 0; other < rows.Features.Count; other++)
        {
            if (other == feature)
            {
                continue;
            }

            var weighted = 0.0;
            var weight = 0;
            for (var start = 0; start < ordered.Length; start += binSize)
            {
                var length = Math.Min(binSize, ordered.Length - start);
                var r = Correlation(ordered.AsSpan(start, length), residuals.AsSpan(start, length), rows, other);
                if (!double.IsNaN(r))
                {
                    weighted += Math.Abs(r) * length;
                    weight += length;
                }
            }

            if (weight > 0 && weighted / weight > bestScore)
            {
                bestScore = weighted / weight;
                best = other;
            }
        }

        return best is { } b ? (b, bestScore) : null;
    }

    private static double Spread(IEnumerable<double> values)
    {
        var array = values.ToArray();
        if (array.Length == 0)
        {
            return 0;
        }

        var mean = array.Average();
        return array.Sum(v => (v - mean) * (v - mean)) / array.Length;
    }

    // Residuals of the least-squares line φ ≈ a + b·x inside one bin; NaN when they are negligible against the feature's
    // attribution variance over all rows (rounding noise of an additive effect is not an interaction).
    private static void Residuals(ReadOnlySpan<int> bin, AttributionResult result, FeatureMatrix rows, int feature, Span<double> residuals, double spread)
    {
        double n = bin.Length, sx = 0, sy = 0;
        foreach (var r in bin)
        {
            sx += rows.Row(r)[feature];
            sy += result.Value(r, feature);
        }

        double mx = sx / n, my = sy / n, cxy = 0, cxx = 0;
        foreach (var r in bin)
        {
            var dx = rows.Row(r)[feature] - mx;
            cxy += dx * (result.Value(r, feature) - my);
            cxx += dx * dx;
        }

        var slope = cxx > 0 ? cxy / cxx : 0;
        var squares = 0.0;
        for (var i = 0; i < bin.Length; i++)
        {
            residuals[i] = result.Value(bin[i], feature) - my - (slope * (rows.Row(bin[i])[feature] - mx));
            squares += residuals[i] * residuals[i];
        }

        if (squares / n <= 1e-9 * spread)
        {
            residuals.Fill(double.NaN);
        }
    }

    private static double Correlation(ReadOnlySpan<int> bin, ReadOnlySpan<double> residuals, FeatureMatrix rows, int other)
    {
        double n = 0, sx = 0, sy = 0;
        for (var i = 0; i < bin.Length; i++)
        {
            var v = rows.Row(bin[i])[other];
            if (!double.IsNaN(v) && !double.IsNaN(residuals[i]))
            {
                n++;
                sx += v;
                sy += residuals[i];
            }
        }

        if (n < 3)
        {
            return double.NaN;
        }

        double mx = sx / n, my = sy / n, cxy = 0, cxx = 0, cyy = 0;
        for (var i = 0; i < bin.Length; i++)
        {
            var v = rows.Row(bin[i])[other];
            if (!double.IsNaN(v) && !double.IsNaN(residuals[i]))
            {
                var dx = v - mx;
                var dy = residuals[i] - my;
                cxy += dx * dy;
                cxx += dx * dx;
                cyy += dy * dy;
            }
        }

        return cxx > 0 && cyy > 0 ? cxy / Math.Sqrt(cxx * cyy) : double.NaN;
    }
}
