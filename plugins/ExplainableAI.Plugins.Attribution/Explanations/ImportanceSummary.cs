namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Global importance of each feature over the explained rows: the mean of |φ| (summed over the classes of a multiclass model),
/// its spread over the rows, and for sampling methods the standard error that the sampling adds to the mean.
/// </summary>
/// <param name="Mean">Per feature, mean over rows of |φ|.</param>
/// <param name="Deviation">Per feature, standard deviation over rows of |φ| (n − 1 denominator; 0 for one row).</param>
/// <param name="SamplingError">
/// Per feature, the standard error of the mean from the engine's sampling, √(Σ_r se_r²) / n (rows are sampled independently,
/// and |φ| moves with φ away from zero); <see langword="null"/> for exact methods.
/// </param>
/// <param name="Ranking">Features by decreasing mean, ties by model order.</param>
/// <param name="RowCount">Number of explained rows.</param>
internal sealed record ImportanceSummary(double[] Mean, double[] Deviation, double[]? SamplingError, int[] Ranking, int RowCount)
{
    /// <summary>Half-width factor of the normal 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    public static ImportanceSummary From(IReadOnlyList<AttributionResult> results)
    {
        var first = results[0];
        var width = first.FeatureNames.Count;
        var rows = first.RowCount;
        var perRow = new double[rows * width];
        double[]? variance = results.Any(r => r.StandardErrors is not null) ? new double[width] : null;
        foreach (var result in results)
        {
            for (var i = 0; i < perRow.Length; i++)
            {
                perRow[i] += Math.Abs(result.Values[i]);
                if (variance is not null && result.StandardErrors is { } se)
                {
                    variance[i % width] += se[i] * se[i];
                }
            }
        }

        var mean = new double[width];
        var deviation = new double[width];
        for (var f = 0; f < width; f++)
        {
            var sum = 0.0;
            for (var r = 0; r < rows; r++)
            {
                sum += perRow[(r * width) + f];
            }

            mean[f] = rows == 0 ? 0 : sum / rows;
            var squares = 0.0;
            for (var r = 0; r < rows; r++)
            {
                var d = perRow[(r * width) + f] - mean[f];
                squares += d * d;
            }

            deviation[f] = rows > 1 ? Math.Sqrt(squares / (rows - 1)) : 0;
        }

        var samplingError = variance?.Select(v => rows == 0 ? 0 : Math.Sqrt(v) / rows).ToArray();
        return new ImportanceSummary(mean, deviation, samplingError, RankByDecreasing(mean), rows);
    }

    /// <summary>Indices by decreasing value, ties by index.</summary>
    public static int[] RankByDecreasing(IReadOnlyList<double> values) =>
        [.. Enumerable.Range(0, values.Count).OrderByDescending(f => values[f]).ThenBy(f => f)];

    /// <summary>The normal 95 % interval of the mean over the explained rows (row sampling only).</summary>
    public (double Lower, double Upper) Interval(int feature)
    {
        var half = RowCount > 1 ? Z95 * Deviation[feature] / Math.Sqrt(RowCount) : 0;
        return (Math.Max(0, Mean[feature] - half), Mean[feature] + half);
    }
}
