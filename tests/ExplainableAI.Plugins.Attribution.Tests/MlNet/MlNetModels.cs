using ExplainableAI.Models;
using ExplainableAI.Sdk;
using Microsoft.ML;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>
/// Small ML.NET models over six numeric features fed through a plain Concatenate (so the adapter exposes trees or coefficients),
/// trained once per test class on seeded synthetic data and loaded back through the ML.NET adapter.
/// </summary>
public sealed class MlNetModels : IDisposable
{
    public const int Width = 6;

    private readonly string folder = Directory.CreateTempSubdirectory("xai-mlnet-").FullName;

    public MlNetModels()
    {
        var context = new MLContext(seed: 4);
        var random = new Random(8);
        var rows = Enumerable.Range(0, 300).Select(_ =>
        {
            var x = Enumerable.Range(0, Width).Select(_ => (float)((random.NextDouble() * 4) - 2)).ToArray();
            return new Row { Features = x, Label = x[0] + (x[1] * x[2]) - (0.5 * x[3]) + Math.Sin(3 * x[4]) + random.NextDouble() - 0.5 > 0 };
        }).ToArray();
        var training = context.Data.LoadFromEnumerable(rows.Select(r => r.Flatten()));
        var concat = context.Transforms.Concatenate("Features", [.. Enumerable.Range(0, Width).Select(i => "x" + i)]);
        FastTree = Load(context, concat.Append(context.BinaryClassification.Trainers.FastTree(numberOfLeaves: 8, numberOfTrees: 10, minimumExampleCountPerLeaf: 10)), training, "fasttree");
        Logistic = Load(context, concat.Append(context.BinaryClassification.Trainers.LbfgsLogisticRegression()), training, "logistic");
    }

    public IAuditModel FastTree { get; }

    public IAuditModel Logistic { get; }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private IAuditModel Load(MLContext context, IEstimator<ITransformer> pipeline, IDataView training, string name)
    {
        var path = Path.Combine(folder, name + ".zip");
        context.Model.Save(pipeline.Fit(training), training.Schema, path);
        return ModelLoader.CreateDefault().Load(path, null, new ModelLoadOptions()).Model;
    }

    private sealed class Row
    {
        public float[] Features { get; init; } = [];

        public bool Label { get; init; }

        public FlatRow Flatten() => new()
        {
            x0 = Features[0],
            x1 = Features[1],
            x2 = Features[2],
            x3 = Features[3],
            x4 = Features[4],
            x5 = Features[5],
            Label = Label,
        };
    }

#pragma warning disable SA1300, IDE1006 // ML.NET maps properties to columns by name; the columns are the test models' feature names.
    public sealed class FlatRow
    {
        public float x0 { get; set; }

        public float x1 { get; set; }

        public float x2 { get; set; }

        public float x3 { get; set; }

        public float x4 { get; set; }

        public float x5 { get; set; }

        public bool Label { get; set; }
    }
#pragma warning restore SA1300, IDE1006
}
