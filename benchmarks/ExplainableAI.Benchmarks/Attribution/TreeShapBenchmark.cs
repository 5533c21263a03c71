using System.Globalization;
using BenchmarkDotNet.Attributes;
using ExplainableAI.Models;
using ExplainableAI.Plugins.Attribution;
using ExplainableAI.Sdk;

namespace ExplainableAI.Benchmarks.Attribution;

/// <summary>
/// Path-dependent TreeSHAP on XGBoost's 500-tree, depth-6, 20-feature model (fixtures/xgboost/xgb_bench_500x6.json), 200 rows per
/// operation. Rows/s = 200 / mean time. The bar: XGBoost 1.7.4's C++ pred_contribs on this machine, ~425 rows/s on 1 thread, ~730 on 2.
/// </summary>
[MemoryDiagnoser]
public class TreeShapBenchmark
{
    private TreeShapForest forest = null!;
    private FeatureMatrix rows = null!;

    /// <summary>Worker threads.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Loads the model and its rows.</summary>
    [GlobalSetup]
    public void Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "xgboost");
        var model = (ITreeEnsembleModel)ModelLoader.CreateDefault().Load(Path.Combine(folder, "xgb_bench_500x6.json"), null, new ModelLoadOptions()).Model;
        forest = new TreeShapForest(model.Ensemble);
        var values = File.ReadAllLines(Path.Combine(folder, "xgb_bench_500x6.data.csv")).Skip(1).Where(l => l.Length > 0)
            .SelectMany(l => l.Split(',').Select(c => c.Length == 0 ? double.NaN : double.Parse(c, CultureInfo.InvariantCulture)))
            .ToArray();
        rows = new FeatureMatrix(model.Features, values, [.. model.Features.Select(_ => (IReadOnlyList<string>)[])]);
    }

    /// <summary>Explains the 200 rows.</summary>
    /// <returns>The attributions.</returns>
    [Benchmark]
    public double[] Explain200Rows() => TreeShapExplainer.Explain(forest, rows, 0, Threads, null, CancellationToken.None).Values;
}
