using System.Globalization;
using ExplainableAI.Models;
using ExplainableAI.Sdk;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ExplainableAI.Benchmarks.Attribution;

/// <summary>
/// The model-agnostic SHAP benchmarks' model: an ML.NET logistic regression on 10 numeric features, trained on 1,000 seeded rows,
/// saved as ML.NET (<c>model.zip</c>) and exported with ML.NET's own ONNX converter (<c>model.onnx</c>: one [N, 1] float input per
/// feature). The explained rows are the first 10 (or 100) training rows, the background rows 500–599.
/// </summary>
internal sealed class LogisticBenchModel : IDisposable
{
    public const int Width = 10;

    private LogisticBenchModel(string folder, double[] data)
    {
        Folder = folder;
        Data = data;
    }

    public string Folder { get; }

    public string ZipPath => Path.Combine(Folder, "model.zip");

    public string OnnxPath => Path.Combine(Folder, "model.onnx");

    /// <summary>The 1,000 rows, row-major.</summary>
    public double[] Data { get; }

    public static LogisticBenchModel Create()
    {
        var folder = Directory.CreateTempSubdirectory("xai-bench-shap-").FullName;
        var random = new Random(20261125);
        var data = new double[1000 * Width];
        var lines = new List<string> { string.Join(',', Enumerable.Range(0, Width).Select(f => "f" + f)) + ",Label" };
        for (var r = 0; r < 1000; r++)
        {
            var margin = 0.0;
            for (var f = 0; f < Width; f++)
            {
                data[(r * Width) + f] = Math.Round((random.NextDouble() * 4) - 2, 3);
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
        var result = new LogisticBenchModel(folder, data);
        ml.Model.Save(trained, view.Schema, result.ZipPath);
        using (var stream = File.Create(result.OnnxPath))
        {
            ml.Model.ConvertToOnnx(trained, view, stream);
        }

        return result;
    }

    /// <summary>Loads one of the two files through the project's model loader (the label is not a feature).</summary>
    public IAuditModel Load(string path) => ModelLoader.CreateDefault().Load(path, null, new ModelLoadOptions("Label")).Model;

    /// <summary>Rows <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1 for the model.</summary>
    public FeatureMatrix Rows(IAuditModel model, int first, int count) =>
        new(model.Features, Data.AsSpan(first * Width, count * Width).ToArray(), [.. model.Features.Select(_ => (IReadOnlyList<string>)[])]);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
