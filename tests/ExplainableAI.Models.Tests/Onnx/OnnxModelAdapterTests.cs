using ExplainableAI.Sdk;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ExplainableAI.Models.Tests;

/// <summary>ONNX models here are ML.NET's own models exported with Microsoft.ML.OnnxConverter at test time.</summary>
[Collection(ModelsCollection.Name)]
public sealed class OnnxModelAdapterTests(TrainedModels models)
{
    private const double Tolerance = 1e-6;

    // ONNX Runtime evaluates trees, one-hot lookups and the sigmoid with its own float kernels, so it agrees with ML.NET
    // only to float rounding, not bit for bit.
    private const double MlNetTolerance = 1e-5;

    private static readonly ModelLoader Loader = ModelLoader.CreateDefault();

    [Fact]
    public void Features_are_the_graph_inputs_without_the_label()
    {
        var model = Loader.Load(models.BinaryOnnx, null, new ModelLoadOptions()).Model;

        Assert.Equal("onnx", model.Format);
        Assert.Equal(
            [new ModelFeature("Age", ColumnKind.Numeric), new ModelFeature("Bmi", ColumnKind.Numeric), new ModelFeature("Ward", ColumnKind.Categorical)],
            model.Features);
    }

    [Fact]
    public void Binary_task_is_inferred_from_a_one_column_probability_with_the_score_as_margin()
    {
        var model = Loader.Load(models.BinaryOnnx, null, new ModelLoadOptions()).Model;

        Assert.Equal(ModelTask.BinaryClassification, model.Task);
        Assert.Equal(["false", "true"], model.Classes);
        Assert.True(model.HasMargin);
    }

    [Fact]
    public void Binary_predictions_equal_onnx_runtime_and_are_close_to_mlnet()
    {
        var model = Loader.Load(models.BinaryOnnx, null, new ModelLoadOptions()).Model;
        var runtime = RunDirectly(models.BinaryOnnx, models.Scoring);
        var mlnet = models.MlNetBinary(models.Scoring);

        var predictions = model.Predict(Matrix(model), CancellationToken.None);

        var values = predictions.Values.Span;
        var margins = predictions.Margins!.Value.Span;
        for (var r = 0; r < models.Scoring.Length; r++)
        {
            Assert.Equal(runtime["Probability.output"][r], values[r], Tolerance);
            Assert.Equal(runtime["Score.output"][r], margins[r], Tolerance);
            Assert.Equal(mlnet[r].Probability, values[r], MlNetTolerance);
        }
    }

    [Fact]
    public void Missing_value_reaches_the_exported_trees_and_goes_where_mlnet_sends_it()
    {
        // The exported FastTree compares x <= threshold like ML.NET, so NaN takes the right branch in both: a finite probability.
        var model = Loader.Load(models.BinaryOnnx, null, new ModelLoadOptions()).Model;
        PatientFeatures[] rows = [new(float.NaN, 31.5f, "B"), new(62, float.NaN, "C")];
        var mlnet = models.MlNetBinary(rows);

        var values = model.Predict(Matrix(model, rows), CancellationToken.None).Values.ToArray();

        for (var r = 0; r < rows.Length; r++)
        {
            Assert.False(double.IsNaN(values[r]));
            Assert.Equal(mlnet[r].Probability, values[r], MlNetTolerance);
        }
    }

    [Fact]
    public void Multiclass_predictions_equal_onnx_runtime_and_are_close_to_mlnet()
    {
        var model = Loader.Load(models.MulticlassOnnx, null, new ModelLoadOptions()).Model;
        var runtime = RunDirectly(models.MulticlassOnnx, models.Scoring)["Score.output"];
        var mlnet = models.MlNetMulticlass(models.Scoring);

        var predictions = model.Predict(Matrix(model), CancellationToken.None);

        var width = models.TriageClasses.Length;
        Assert.Equal(ModelTask.MulticlassClassification, model.Task);
        Assert.Equal(["0", "1", "2"], model.Classes);
        Assert.Equal(["probability_0", "probability_1", "probability_2"], predictions.OutputNames);
        for (var i = 0; i < runtime.Length; i++)
        {
            Assert.Equal(runtime[i], predictions.Values.Span[i], Tolerance);
            Assert.Equal(mlnet[i / width].Score[i % width], predictions.Values.Span[i], MlNetTolerance);
        }
    }

    [Fact]
    public void Regression_predictions_equal_onnx_runtime_and_are_close_to_mlnet()
    {
        var options = new ModelLoadOptions(LabelColumn: "LengthOfStay", IgnoredColumns: ["PatientId"]);
        var model = Loader.Load(models.RegressionOnnx, null, options).Model;
        var runtime = RunDirectly(models.RegressionOnnx, models.Scoring)["Score.output"];
        var mlnet = models.MlNetRegression(models.Scoring);

        var predictions = model.Predict(Matrix(model), CancellationToken.None);

        Assert.Equal(ModelTask.Regression, model.Task);
        Assert.Equal(["Age", "Bmi", "Ward"], model.Features.Select(f => f.Name));
        for (var r = 0; r < runtime.Length; r++)
        {
            Assert.Equal(runtime[r], predictions.Values.Span[r], Tolerance);
            Assert.Equal(mlnet[r].Score, predictions.Values.Span[r], MlNetTolerance);
        }
    }

    [Fact]
    public void Declared_regression_task_on_a_multiclass_graph_is_rejected()
    {
        var error = Assert.Throws<InvalidAuditInputException>(
            () => Loader.Load(models.MulticlassOnnx, null, new ModelLoadOptions(Task: ModelTask.Regression)));

        Assert.Equal(models.MulticlassOnnx, error.File);
    }

    [Fact]
    public void Predictions_from_several_threads_equal_a_single_thread_prediction()
    {
        var model = Loader.Load(models.BinaryOnnx, null, new ModelLoadOptions()).Model;
        var input = Matrix(model);
        var reference = model.Predict(input, CancellationToken.None).Values.ToArray();

        var results = new double[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = model.Predict(input, CancellationToken.None).Values.ToArray());

        Assert.All(results, result => Assert.Equal(reference, result));
    }

    [Fact]
    public void Batches_larger_than_one_chunk_are_scored_row_for_row()
    {
        var model = Loader.Load(models.RegressionOnnx, null, new ModelLoadOptions(LabelColumn: "LengthOfStay", IgnoredColumns: ["PatientId"])).Model;
        var rows = SyntheticPatients.Features(8192 + 10, seed: 11);
        var all = model.Predict(Matrix(model, rows), CancellationToken.None).Values.ToArray();

        var tail = model.Predict(Matrix(model, rows[^10..]), CancellationToken.None).Values.ToArray();

        Assert.Equal(tail, all[^10..]);
    }

    private FeatureMatrix Matrix(IAuditModel model, IReadOnlyList<PatientFeatures>? rows = null) =>
        FeatureMatrix.FromData(SyntheticPatients.ToData(rows ?? models.Scoring), model.Features);

    /// <summary>ONNX Runtime's own outputs, fed by hand: the test's independent view of what the graph computes.</summary>
    private static Dictionary<string, float[]> RunDirectly(string path, IReadOnlyList<PatientFeatures> rows)
    {
        using var session = new InferenceSession(path);
        var n = rows.Count;
        var feeds = new List<NamedOnnxValue>();
        foreach (var name in session.InputNames)
        {
            var type = session.InputMetadata[name].ElementType;
            int[] shape = [n, 1];
            feeds.Add(name switch
            {
                "Age" => NamedOnnxValue.CreateFromTensor(name, new DenseTensor<float>(rows.Select(r => r.Age).ToArray(), shape)),
                "Bmi" => NamedOnnxValue.CreateFromTensor(name, new DenseTensor<float>(rows.Select(r => r.Bmi).ToArray(), shape)),
                "Ward" => NamedOnnxValue.CreateFromTensor(name, new DenseTensor<string>(rows.Select(r => r.Ward).ToArray(), shape)),
                _ when type == typeof(string) => NamedOnnxValue.CreateFromTensor(name, new DenseTensor<string>(Enumerable.Repeat(string.Empty, n).ToArray(), shape)),
                _ when type == typeof(bool) => NamedOnnxValue.CreateFromTensor(name, new DenseTensor<bool>(shape)),
                _ => NamedOnnxValue.CreateFromTensor(name, new DenseTensor<float>(shape)),
            });
        }

        using var results = session.Run(feeds);
        return results
            .Where(r => r.ElementType == TensorElementType.Float)
            .ToDictionary(r => r.Name, r => r.AsTensor<float>().ToArray());
    }
}
