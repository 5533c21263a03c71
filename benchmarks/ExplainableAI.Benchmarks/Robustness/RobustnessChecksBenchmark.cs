using BenchmarkDotNet.Attributes;
using ExplainableAI.Core;
using ExplainableAI.Data;
using ExplainableAI.Demo.Scenario;
using ExplainableAI.Models;
using ExplainableAI.Plugins.Robustness;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Benchmarks.Robustness;

/// <summary>
/// Each robustness check on the demo's 3,000-row ICU cohort with its ML.NET FastTree model, through the real engine
/// (the shared baseline prediction included, as the first check of an audit pays it), with the demo manifest's feature
/// facts and per-group breakdowns by sex and age. Target: all seven together under 20 s.
/// Run with <c>--filter '*RobustnessChecks*' --job short --inProcess</c> (each operation takes about a second).
/// </summary>
[MemoryDiagnoser]
public class RobustnessChecksBenchmark
{
    private CheckTest test = null!;

    /// <summary>Writes the demo scenario once (cohort, reference, trained model) and loads it as the CLI does.</summary>
    [GlobalSetup]
    public void CreateDemo()
    {
        var folder = Path.Combine(Path.GetTempPath(), "xai-bench-robustness-demo");
        var artifacts = new DemoScenario().Create(folder);
        var loader = new DatasetLoader();
        var model = ModelLoader.CreateDefault().Load(Path.Combine(folder, "model.zip"), "mlnet", new ModelLoadOptions("sepsis", ModelTask.BinaryClassification, "true"));
        test = new CheckTest
        {
            Data = loader.Load(artifacts.CurrentPath),
            Reference = loader.Load(artifacts.ReferencePath),
            Model = model.Model,

            // The demo manifest's registration: label, positive class, sensitive attributes, and the feature facts (units,
            // limits, lactate monotone, site irrelevant).
            Registration = new ManifestReader().Read(artifacts.ManifestPath).Registration.Declared,
        };
    }

    /// <summary>Noise at three levels with the paired-bootstrap interval.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public Task<AuditResult> Noise() => CheckVerifier<NoiseCheck>.RunAsync(test);

    /// <summary>Each feature made missing.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public Task<AuditResult> MissingInputs() => CheckVerifier<MissingInputCheck>.RunAsync(test);

    /// <summary>Six unit conversions per numeric feature.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public Task<AuditResult> UnitErrors() => CheckVerifier<UnitErrorCheck>.RunAsync(test);

    /// <summary>Two out-of-range probes per numeric feature.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public Task<AuditResult> OutOfRange() => CheckVerifier<OutOfRangeCheck>.RunAsync(test);

    /// <summary>Monotonicity sweeps of 200 rows over 11 grid points per numeric feature.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public Task<AuditResult> Monotonicity() => CheckVerifier<MonotonicityCheck>.RunAsync(test);

    /// <summary>Minimal decision flips of 100 rows, single features and pairs.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public Task<AuditResult> MinimalFlips() => CheckVerifier<MinimalFlipCheck>.RunAsync(test);

    /// <summary>Invariance of the site code (declared irrelevant): 200 rows, every other site.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public Task<AuditResult> Invariance() => CheckVerifier<InvarianceCheck>.RunAsync(test);

    /// <summary>The shared baseline prediction alone, to separate the model's cost from the checks'.</summary>
    /// <returns>The scores.</returns>
    [Benchmark(Baseline = true)]
    public Predictions BaselinePrediction() => test.Model!.Predict(FeatureMatrix.FromData(test.Data, test.Model.Features), CancellationToken.None);
}
