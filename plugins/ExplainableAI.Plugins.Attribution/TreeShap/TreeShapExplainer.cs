using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Runs path-dependent TreeSHAP over many rows in parallel, one set of buffers per worker thread: by default from precomputed
/// leaf tables (<see cref="FastTreeShap"/>), or by the recursive algorithm (<see cref="PathDependentTreeShap"/>), which gives the
/// same values and serves as the tests' oracle.
/// </summary>
internal static class TreeShapExplainer
{
    // A block of rows is explained tree by tree; 64 rows × 20 features of attributions stay in L1 while a tree's tables are reused.
    private const int MaxBlock = 64;

    // Building the tables costs about as much as explaining three rows recursively (measured on xgb_bench_500x6).
    private const int MinRowsForTables = 4;

    /// <summary>
    /// Attributions (rows × features) and the base value of one output group: from precomputed tables, or recursively when
    /// there are too few rows to repay building the tables.
    /// </summary>
    public static (double[] Values, double BaseValue) Explain(
        TreeShapForest forest, FeatureMatrix rows, int group, int? maxDegreeOfParallelism, IProgress<double>? progress, CancellationToken cancellationToken) =>
        rows.RowCount < MinRowsForTables
            ? ExplainRecursive(forest, rows, group, maxDegreeOfParallelism, progress, cancellationToken)
            : Explain(new FastTreeShapTables(forest), rows, group, maxDegreeOfParallelism, progress, cancellationToken);

    /// <summary>Attributions (rows × features) and the base value of one output group, from tables built beforehand.</summary>
    public static (double[] Values, double BaseValue) Explain(
        FastTreeShapTables tables, FeatureMatrix rows, int group, int? maxDegreeOfParallelism, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var values = Run(
            tables.Forest,
            rows,
            maxDegreeOfParallelism,
            () => new FastTreeShap(tables),
            (shap, input, first, count, output) => shap.Explain(input, first, count, group, output),
            progress,
            cancellationToken);
        return (values, tables.Forest.ExpectedValues[group]);
    }

    /// <summary>Attributions (rows × features) and the base value of one output group, by the recursive algorithm.</summary>
    public static (double[] Values, double BaseValue) ExplainRecursive(
        TreeShapForest forest, FeatureMatrix rows, int group, int? maxDegreeOfParallelism, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var width = forest.FeatureCount;
        var values = Run(
            forest,
            rows,
            maxDegreeOfParallelism,
            () => new PathDependentTreeShap(forest),
            (shap, input, first, count, output) =>
            {
                for (var r = first; r < first + count; r++)
                {
                    shap.Explain(input, r * width, group, output, r * width);
                }
            },
            progress,
            cancellationToken);
        return (values, forest.ExpectedValues[group]);
    }

    private static double[] Run<TWorker>(
        TreeShapForest forest,
        FeatureMatrix rows,
        int? maxDegreeOfParallelism,
        Func<TWorker> worker,
        Action<TWorker, double[], int, int, double[]> explainBlock,
        IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        var width = forest.FeatureCount;
        if (rows.Features.Count != width)
        {
            throw new ArgumentException($"The rows have {rows.Features.Count} features; the trees use {width}.", nameof(rows));
        }

        var count = rows.RowCount;
        var values = new double[count * width];
        var input = rows.Values;
        var threads = maxDegreeOfParallelism ?? Environment.ProcessorCount;

        // About four blocks per thread, so threads that start late or run slower still share the work evenly.
        var block = Math.Clamp((count + (4 * threads) - 1) / (4 * threads), 1, MaxBlock);
        var blocks = (count + block - 1) / block;
        var done = 0;
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = threads };
        Parallel.For(
            0,
            blocks,
            options,
            worker,
            (b, _, shap) =>
            {
                var first = b * block;
                explainBlock(shap, input, first, Math.Min(count, first + block) - first, values);
                progress?.Report((double)Interlocked.Increment(ref done) / blocks);
                return shap;
            },
            _ => { });
        return values;
    }
}
