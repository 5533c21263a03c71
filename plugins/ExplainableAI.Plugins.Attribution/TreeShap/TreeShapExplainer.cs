using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>Runs path-dependent TreeSHAP over many rows in parallel, one set of path buffers per worker thread.</summary>
internal static class TreeShapExplainer
{
    /// <summary>Attributions (rows × features) and the base value of one output group.</summary>
    public static (double[] Values, double BaseValue) Explain(
        TreeShapForest forest, FeatureMatrix rows, int group, int? maxDegreeOfParallelism, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var width = forest.FeatureCount;
        if (rows.Features.Count != width)
        {
            throw new ArgumentException($"The rows have {rows.Features.Count} features; the trees use {width}.", nameof(rows));
        }

        var count = rows.RowCount;
        var values = new double[count * width];
        var input = rows.Values;
        const int Chunk = 64;
        var chunks = (count + Chunk - 1) / Chunk;
        var done = 0;
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        Parallel.For(
            0,
            chunks,
            options,
            () => new PathDependentTreeShap(forest),
            (chunk, _, shap) =>
            {
                var end = Math.Min(count, (chunk + 1) * Chunk);
                for (var r = chunk * Chunk; r < end; r++)
                {
                    shap.Explain(input, r * width, group, values, r * width);
                }

                progress?.Report((double)Interlocked.Increment(ref done) / chunks);
                return shap;
            },
            _ => { });
        return (values, forest.ExpectedValues[group]);
    }
}
