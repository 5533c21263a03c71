using ExplainableAI.Sdk;
using Microsoft.ML;

namespace ExplainableAI.Models.Tests;

/// <summary>
/// ML.NET models over five numeric vitals fed through a plain Concatenate (so their trees or coefficients are exposed), trained once
/// per test class on seeded synthetic rows, saved as .zip; plus one whose features are normalized first (nothing exposed).
/// </summary>
public sealed class VitalsModels : IDisposable
{
    public static readonly string[] Columns = [nameof(VitalsRow.HeartRate), nameof(VitalsRow.Lactate), nameof(VitalsRow.Creatinine), nameof(VitalsRow.Age), nameof(VitalsRow.Temperature)];

    public VitalsModels()
    {
        Folder = Directory.CreateTempSubdirectory("xai-vitals-").FullName;
        var context = new MLContext(seed: 3);
        var training = context.Data.LoadFromEnumerable(Rows(400, seed: 5));
        var concat = context.Transforms.Concatenate("Features", Columns);
        FastTreeBinaryZip = Save(context, concat.Append(context.BinaryClassification.Trainers.FastTree(numberOfLeaves: 6, numberOfTrees: 15, minimumExampleCountPerLeaf: 10)), training, "fasttree_binary");
        FastTreeRegressionZip = Save(
            context,
            concat.Append(context.Regression.Trainers.FastTree(labelColumnName: nameof(VitalsRow.Stay), numberOfLeaves: 6, numberOfTrees: 15, minimumExampleCountPerLeaf: 10)),
            training,
            "fasttree_regression");
        LogisticZip = Save(context, concat.Append(context.BinaryClassification.Trainers.LbfgsLogisticRegression()), training, "logistic");
        SdcaLogisticZip = Save(context, concat.Append(context.BinaryClassification.Trainers.SdcaLogisticRegression(maximumNumberOfIterations: 20)), training, "sdca_logistic");
        LinearRegressionZip = Save(context, concat.Append(context.Regression.Trainers.Sdca(labelColumnName: nameof(VitalsRow.Stay), maximumNumberOfIterations: 20)), training, "sdca_regression");
        NormalizedZip = Save(
            context,
            concat.Append(context.Transforms.NormalizeMinMax("Features")).Append(context.BinaryClassification.Trainers.LbfgsLogisticRegression()),
            training,
            "normalized");
    }

    public string Folder { get; }

    public string FastTreeBinaryZip { get; }

    public string FastTreeRegressionZip { get; }

    public string LogisticZip { get; }

    public string SdcaLogisticZip { get; }

    public string LinearRegressionZip { get; }

    public string NormalizedZip { get; }

    /// <summary>Scoring rows: fresh rows, then rows with missing values in one feature each and in all.</summary>
    public static FeatureMatrix Scoring(IAuditModel model)
    {
        var rows = Rows(40, seed: 9).Select(r => r.Values()).ToList();
        for (var f = 0; f < Columns.Length; f++)
        {
            var row = rows[f].ToArray();
            row[f] = double.NaN;
            rows.Add(row);
        }

        rows.Add([.. Columns.Select(_ => double.NaN)]);
        return Matrix(model, rows);
    }

    /// <summary>Both targets are saved inputs of every model; neither is a feature.</summary>
    public static ModelLoadOptions Options(string? positiveClass = null) =>
        new(IgnoredColumns: [nameof(VitalsRow.Label), nameof(VitalsRow.Stay)], PositiveClass: positiveClass);

    public static FeatureMatrix Matrix(IAuditModel model, IEnumerable<double[]> rows) =>
        new(model.Features, [.. rows.SelectMany(r => r)], [.. model.Features.Select(_ => (IReadOnlyList<string>)[])]);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public static VitalsRow[] Rows(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var row = new VitalsRow
            {
                HeartRate = (float)(60 + (60 * random.NextDouble())),
                Lactate = (float)(0.5 + (6 * random.NextDouble())),
                Creatinine = (float)(0.4 + (3 * random.NextDouble())),
                Age = (float)(18 + (70 * random.NextDouble())),
                Temperature = (float)(35.5 + (4 * random.NextDouble())),
            };
            var risk = (0.04 * (row.HeartRate - 90)) + (0.6 * (row.Lactate - 3)) + (0.5 * (row.Creatinine - 1.5)) + (0.02 * (row.Age - 50)) + random.NextDouble() - 0.5;
            row.Label = risk > 0;
            row.Stay = (float)(5 + risk + (0.1 * random.NextDouble()));
            return row;
        })];
    }

    private string Save(MLContext context, IEstimator<ITransformer> pipeline, IDataView training, string name)
    {
        var path = Path.Combine(Folder, name + ".zip");
        context.Model.Save(pipeline.Fit(training), training.Schema, path);
        return path;
    }
}
