using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// The spread of one model feature, from the reference data when it has the column, else from the evaluation data:
/// standard deviation, range and quantiles of the non-missing values, and the number of levels of a categorical feature.
/// </summary>
internal sealed class FeatureSpread
{
    private readonly double[] sorted;

    private FeatureSpread(ModelFeature feature, double[] sorted, int levelCount)
    {
        Feature = feature;
        this.sorted = sorted;
        LevelCount = levelCount;
        if (sorted.Length > 0)
        {
            double mean = 0;
            foreach (var v in sorted)
            {
                mean += v;
            }

            mean /= sorted.Length;
            double squares = 0;
            foreach (var v in sorted)
            {
                squares += (v - mean) * (v - mean);
            }

            // Sample standard deviation (n − 1); a single value has no spread.
            Std = sorted.Length > 1 ? Math.Sqrt(squares / (sorted.Length - 1)) : 0;
        }
    }

    /// <summary>The feature.</summary>
    public ModelFeature Feature { get; }

    /// <summary>Whether the feature is a number (not a boolean or a category).</summary>
    public bool IsNumeric => Feature.Kind == ColumnKind.Numeric;

    /// <summary>Whether there is at least one non-missing value.</summary>
    public bool HasValues => sorted.Length > 0;

    /// <summary>Sample standard deviation of the non-missing values (0 when fewer than two).</summary>
    public double Std { get; }

    /// <summary>Smallest non-missing value (NaN when none).</summary>
    public double Min => sorted.Length > 0 ? sorted[0] : double.NaN;

    /// <summary>Largest non-missing value (NaN when none).</summary>
    public double Max => sorted.Length > 0 ? sorted[^1] : double.NaN;

    /// <summary>Levels of a categorical feature (2 for a boolean, 0 for a number).</summary>
    public int LevelCount { get; }

    /// <summary>The quantile by linear interpolation between order statistics (<see cref="Sdk.Statistics.Quantile.Linear"/>).</summary>
    /// <param name="q">From 0 to 1.</param>
    /// <returns>The quantile, or NaN when there are no values.</returns>
    public double Quantile(double q) => sorted.Length == 0 ? double.NaN : Sdk.Statistics.Quantile.Linear(sorted, q);

    /// <summary>One of the non-missing values, drawn uniformly (with replacement).</summary>
    /// <param name="random">The seeded source.</param>
    /// <returns>The value, or NaN when there are no values.</returns>
    public double Draw(Random random) => sorted.Length == 0 ? double.NaN : sorted[random.Next(sorted.Length)];

    /// <summary>The spreads of every model feature.</summary>
    /// <param name="matrix">The evaluation matrix (for level counts and the fallback values).</param>
    /// <param name="reference">The reference data, if registered.</param>
    /// <returns>One spread per feature, in model order.</returns>
    public static FeatureSpread[] Of(FeatureMatrix matrix, TabularData? reference)
    {
        var width = matrix.Features.Count;
        var spreads = new FeatureSpread[width];
        for (var f = 0; f < width; f++)
        {
            var feature = matrix.Features[f];
            var levels = feature.Kind switch
            {
                ColumnKind.Categorical => matrix.LevelsOf(f).Count,
                ColumnKind.Boolean => 2,
                _ => 0,
            };
            double[] values;
            if (feature.Kind == ColumnKind.Numeric && reference is not null && reference.TryGetColumn(feature.Name, out var column) && column.Kind == ColumnKind.Numeric)
            {
                values = [.. column.ValuesMemory.ToArray().Where(v => !double.IsNaN(v))];
            }
            else
            {
                values = new double[matrix.RowCount];
                var n = 0;
                for (var r = 0; r < matrix.RowCount; r++)
                {
                    var v = matrix.Values[(r * width) + f];
                    if (!double.IsNaN(v))
                    {
                        values[n++] = v;
                    }
                }

                Array.Resize(ref values, n);
            }

            Array.Sort(values);
            spreads[f] = new FeatureSpread(feature, values, levels);
        }

        return spreads;
    }
}
