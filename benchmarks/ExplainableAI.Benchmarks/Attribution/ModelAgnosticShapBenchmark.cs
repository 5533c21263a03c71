using BenchmarkDotNet.Attributes;
using ExplainableAI.Plugins.Attribution;
using ExplainableAI.Sdk;

namespace ExplainableAI.Benchmarks.Attribution;

/// <summary>
/// Exact and Kernel SHAP through a real ML.NET model (logistic regression on 10 features, loaded by the ML.NET adapter):
/// 10 rows explained against 100 background rows per operation, probability output, so every coalition value is a
/// batched ML.NET prediction (exact: 2^10 coalitions × 100 background rows = 102,400 model rows per explained row).
/// Rows/s = 10 / mean time.
/// </summary>
[MemoryDiagnoser]
public class ModelAgnosticShapBenchmark
{
    private LogisticBenchModel files = null!;
    private IAuditModel model = null!;
    private FeatureMatrix rows = null!;
    private FeatureMatrix background = null!;

    /// <summary>The method measured.</summary>
    [Params(AttributionMethod.Exact, AttributionMethod.Kernel)]
    public AttributionMethod Method { get; set; }

    /// <summary>Trains and saves the model, loads it through the adapter and draws the rows.</summary>
    [GlobalSetup]
    public void Setup()
    {
        files = LogisticBenchModel.Create();
        model = files.Load(files.ZipPath);
        rows = files.Rows(model, 0, 10);
        background = files.Rows(model, 500, 100);
    }

    /// <summary>Deletes the temporary model folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => files.Dispose();

    /// <summary>Explains 10 rows against 100 background rows.</summary>
    /// <returns>The attributions.</returns>
    [Benchmark]
    public double[] Explain10RowsAgainst100() =>
        AttributionEngine.Explain(model, rows, background, Method, AttributionOutput.Probability, null, new AttributionSettings(Seed: 7), null, CancellationToken.None).Values;
}
