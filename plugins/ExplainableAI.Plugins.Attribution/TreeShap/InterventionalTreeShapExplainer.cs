using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>Runs interventional TreeSHAP over many rows in parallel, one set of walk buffers per worker thread.</summary>
internal static class InterventionalTreeShapExplainer
{
    /// <summary>
    /// Attributions (rows × features) and the base value of one output group: the mean margin of the background rows.
    /// </summary>
    public static (double[] Values, double BaseValue) Explain(
        TreeShapForest forest,
        FeatureMatrix rows,
        FeatureMatrix background,
        int group,
        int? maxDegreeOfParallelism,
        IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        var width = forest.FeatureCount;
        if (rows.Features.Count != width || background.Features.Count != width)
        {
            throw new ArgumentException($"The rows and the background must have the {width} features the trees use.", nameof(rows));
        }

        if (background.RowCount == 0)
        {
            throw new ArgumentException("Interventional TreeSHAP needs background rows.", nameof(background));
        }

        var count = rows.RowCount;
        var backgroundCount = background.RowCount;
        var values = new double[count * width];
        var input = rows.Values;
        var reference = background.Values;
        var done = 0;

        // The walk returns the background row's own margin; it is the same for every explained row, so keep the first row's.
        var backgroundMargins = new double[backgroundCount];
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        Parallel.For(
            0,
            count,
            options,
            () => new InterventionalTreeShap(forest),
            (r, _, shap) =>
            {
                for (var b = 0; b < backgroundCount; b++)
                {
                    var margin = shap.AddPair(input, r * width, reference, b * width, group, values, r * width);
                    if (r == 0)
                    {
                        backgroundMargins[b] = margin;
                    }
                }

                var scale = 1.0 / backgroundCount;
                for (var f = 0; f < width; f++)
                {
                    values[(r * width) + f] *= scale;
                }

                progress?.Report((double)Interlocked.Increment(ref done) / count);
                return shap;
            },
            _ => { });

        var baseValue = 0.0;
        if (count > 0)
        {
            foreach (var margin in backgroundMargins)
            {
                baseValue += margin;
            }

            baseValue /= backgroundCount;
        }

        return (values, baseValue);
    }
}
