using BenchmarkDotNet.Attributes;
using ExplainableAI.Plugins.Attribution;
using ExplainableAI.Sdk;

namespace ExplainableAI.Benchmarks.Attribution;

/// <summary>
/// Path-dependent TreeSHAP on XGBoost's 500-tree, depth-6, 20-feature model (fixtures/xgboost/xgb_bench_500x6.json), 200 rows per
/// operation. Rows/s = 200 / mean time. The bar: XGBoost 1.7.4's C++ pred_contribs on this machine, ~425 rows/s on 1 thread, ~730 on 2.
/// <c>Recursive</c> is Algorithm 2 (the baseline); <c>Precomputed</c> reuses leaf tables built once in setup; <c>PrecomputedWithTables</c>
/// builds them inside the operation, as one <c>AttributionEngine.Explain</c> call does.
/// </summary>
[MemoryDiagnoser]
public class TreeShapBenchmark
{
    private TreeShapForest forest = null!;
    private FastTreeShapTables tables = null!;
    private FeatureMatrix rows = null!;

    /// <summary>Worker threads.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Loads the model and its rows, and builds the leaf tables.</summary>
    [GlobalSetup]
    public void Load()
    {
        var (model, matrix) = BenchModel.Load();
        forest = new TreeShapForest(model.Ensemble);
        tables = new FastTreeShapTables(forest);
        rows = matrix;
    }

    /// <summary>Explains the 200 rows with the recursive algorithm.</summary>
    /// <returns>The attributions.</returns>
    [Benchmark(Baseline = true)]
    public double[] Recursive() => TreeShapExplainer.ExplainRecursive(forest, rows, 0, Threads, null, CancellationToken.None).Values;

    /// <summary>Explains the 200 rows from the precomputed leaf tables.</summary>
    /// <returns>The attributions.</returns>
    [Benchmark]
    public double[] Precomputed() => TreeShapExplainer.Explain(tables, rows, 0, Threads, null, CancellationToken.None).Values;

    /// <summary>Builds the leaf tables and explains the 200 rows.</summary>
    /// <returns>The attributions.</returns>
    [Benchmark]
    public double[] PrecomputedWithTables() => TreeShapExplainer.Explain(forest, rows, 0, Threads, null, CancellationToken.None).Values;
}
