using BenchmarkDotNet.Attributes;
using ExplainableAI.Plugins.Attribution;
using ExplainableAI.Sdk;

namespace ExplainableAI.Benchmarks.Attribution;

/// <summary>
/// Interventional TreeSHAP on the 500-tree, depth-6, 20-feature XGBoost model: 20 rows explained against 100 background rows
/// (the model's rows 100–199) per operation. Rows/s = 20 / mean time.
/// </summary>
[MemoryDiagnoser]
public class InterventionalTreeShapBenchmark
{
    private TreeShapForest forest = null!;
    private FeatureMatrix rows = null!;
    private FeatureMatrix background = null!;

    /// <summary>Worker threads.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Loads the model, the explained rows and the background.</summary>
    [GlobalSetup]
    public void Load()
    {
        var (model, matrix) = BenchModel.Load();
        forest = new TreeShapForest(model.Ensemble);
        var width = matrix.Features.Count;
        rows = matrix.WithValues(matrix.Values.AsSpan(0, 20 * width).ToArray());
        background = matrix.WithValues(matrix.Values.AsSpan(100 * width, 100 * width).ToArray());
    }

    /// <summary>Explains 20 rows against 100 background rows.</summary>
    /// <returns>The attributions.</returns>
    [Benchmark]
    public double[] Explain20RowsAgainst100() =>
        InterventionalTreeShapExplainer.Explain(forest, rows, background, 0, Threads, null, CancellationToken.None).Values;
}
