using System.Globalization;
using BenchmarkDotNet.Attributes;
using ExplainableAI.Models;
using ExplainableAI.Plugins.Attribution;
using ExplainableAI.Sdk;
using Microsoft.ML;
using Microsoft.ML.Data;

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
    private const int Width = 10;
    private string folder = null!;
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
        folder = Directory.CreateTempSubdirectory("xai-bench-shap-").FullName;
        var random = new Random(20261125);
        var data = new double[1000 * Width];
        var lines = new List<string> { string.Join(',', Enumerable.Range(0, Width).Select(f => "f" + f)) + ",Label" };
        for (var r = 0; r < 1000; r++)
        {
            var margin = 0.0;
            for (var f = 0; f < Width; f++)
            {
                data[(r * Width) + f] = Math.Round(random.NextDouble() * 4 - 2, 3);
                margin += (f - 4.5) / 4 * data[(r * Width) + f];
            }

            var label = random.NextDouble() < 1 / (1 + Math.Exp(-margin));
            lines.Add(string.Join(',', Enumerable.Range(0, Width).Select(f => data[(r * Width) + f].ToString(CultureInfo.InvariantCulture))) + "," + (label ? "true" : "false"));
        }

        var csv = Path.Combine(folder, "train.csv");
        File.WriteAllLines(csv, lines);
        var ml = new MLContext(seed: 1);
        var columns = Enumerable.Range(0, Width).Select(f => new TextLoader.Column("f" + f, DataKind.Single, f)).Append(new TextLoader.Column("Label", DataKind.Boolean, Width)).ToArray();
        var view = ml.Data.LoadFromTextFile(csv, columns, separatorChar: ',', hasHeader: true);
        var pipeline = ml.Transforms.Concatenate("Features", [.. Enumerable.Range(0, Width).Select(f => "f" + f)])
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression());
        var trained = pipeline.Fit(view);
        var path = Path.Combine(folder, "model.zip");
        ml.Model.Save(trained, view.Schema, path);
        model = ModelLoader.CreateDefault().Load(path, null, new ModelLoadOptions()).Model;
        var matrix = new FeatureMatrix(model.Features, data, [.. model.Features.Select(_ => (IReadOnlyList<string>)[])]);
        rows = matrix.WithValues(data.AsSpan(0, 10 * Width).ToArray());
        background = matrix.WithValues(data.AsSpan(500 * Width, 100 * Width).ToArray());
    }

    /// <summary>Deletes the temporary model folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    /// <summary>Explains 10 rows against 100 background rows.</summary>
    /// <returns>The attributions.</returns>
    [Benchmark]
    public double[] Explain10RowsAgainst100() =>
        AttributionEngine.Explain(model, rows, background, Method, AttributionOutput.Probability, null, new AttributionSettings(Seed: 7), null, CancellationToken.None).Values;
}
