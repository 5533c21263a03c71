using ExplainableAI.Sdk;
using ExplainableAI.Tests.Onnx;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ExplainableAI.Models.Tests;

/// <summary>
/// ONNX models whose features arrive as one float tensor [N, d], as sklearn-onnx, PyTorch and Keras export them; the
/// column order comes from the feature_names metadata or from the declared inputs (the manifest's model.inputs).
/// </summary>
public sealed class FeatureTensorOnnxModelTests : IDisposable
{
    private const double Tolerance = 1e-6;
    private static readonly ModelLoader Loader = ModelLoader.CreateDefault();
    private static readonly LogisticOnnx Logistic = new([0.5f, -1.25f, 2f], 0.25f);
    private static readonly double[][] Rows = [[1, 2, 3], [-0.5, 0.75, -1], [10, 4, 0], [0, 0, 0]];
    private readonly OnnxScratch scratch = new();

    public static TheoryData<long[]> ProbabilityShapes => new([-1, 1], [-1, 2], [-1]);

    [Theory]
    [MemberData(nameof(ProbabilityShapes))]
    public void Probability_equals_onnx_runtime_and_the_closed_form_sigmoid(long[] outputShape)
    {
        var path = scratch.Save(Logistic.Graph(outputShape).Metadata("feature_names", "a,b,c"));
        var model = Loader.Load(path, null, new ModelLoadOptions()).Model;
        var runtime = RunDirectly(path, "probability", Rows);

        var values = model.Predict(OnnxScratch.Matrix(model, Rows), CancellationToken.None).Values.ToArray();

        Assert.Equal(ModelTask.BinaryClassification, model.Task);
        Assert.Equal(["0", "1"], model.Classes);
        Assert.Equal([new ModelFeature("a", ColumnKind.Numeric), new ModelFeature("b", ColumnKind.Numeric), new ModelFeature("c", ColumnKind.Numeric)], model.Features);
        var width = outputShape is [_, 2] ? 2 : 1;
        for (var r = 0; r < Rows.Length; r++)
        {
            // The positive class is the last column: P(1) in a two-column output, the only value otherwise.
            Assert.Equal(runtime[(r * width) + width - 1], values[r], Tolerance);
            Assert.Equal(Logistic.Probability(Rows[r]), values[r], Tolerance);
        }
    }

    [Fact]
    public void Feature_names_metadata_may_be_a_JSON_array()
    {
        var path = scratch.Save(Logistic.Graph([-1, 1]).Metadata("feature_names", """["a", "b", "c"]"""));

        var model = Loader.Load(path, null, new ModelLoadOptions()).Model;

        Assert.Equal(["a", "b", "c"], model.Features.Select(f => f.Name));
    }

    [Fact]
    public void Declared_input_columns_give_the_order_when_the_model_has_no_metadata()
    {
        var path = scratch.Save(Logistic.Graph([-1, 1]));

        var model = Loader.Load(path, null, new ModelLoadOptions { InputColumns = ["c", "a", "b"] }).Model;
        var values = model.Predict(OnnxScratch.Matrix(model, Rows), CancellationToken.None).Values.ToArray();

        // The tensor's first column is the first declared name, whatever it is called.
        Assert.Equal(["c", "a", "b"], model.Features.Select(f => f.Name));
        Assert.Equal(Logistic.Probability(Rows[0]), values[0], Tolerance);
    }

    [Fact]
    public void Declared_input_columns_that_contradict_the_metadata_are_rejected_naming_both()
    {
        var path = scratch.Save(Logistic.Graph([-1, 1]).Metadata("feature_names", "a,b,c"));

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions { InputColumns = ["b", "a", "c"] }));

        Assert.Equal(path, error.File);
        Assert.Equal("model.inputs", error.Field);
        Assert.Contains("(b, a, c)", error.Message, StringComparison.Ordinal);
        Assert.Contains("(a, b, c)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_input_columns_equal_to_the_metadata_are_accepted()
    {
        var path = scratch.Save(Logistic.Graph([-1, 1]).Metadata("feature_names", "a, b, c"));

        var model = Loader.Load(path, null, new ModelLoadOptions { InputColumns = ["a", "b", "c"] }).Model;

        Assert.Equal(["a", "b", "c"], model.Features.Select(f => f.Name));
    }

    [Fact]
    public void Tensor_without_names_is_rejected_saying_how_to_declare_them()
    {
        var path = scratch.Save(Logistic.Graph([-1, 1]));

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Equal(path, error.File);
        Assert.Equal("X", error.Field);
        Assert.Contains("[N, 3]", error.Message, StringComparison.Ordinal);
        Assert.Contains("model.inputs", error.Message, StringComparison.Ordinal);
        Assert.Contains("feature_names", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,b", null)]
    [InlineData(null, "a,b,c,d")]
    public void Names_whose_count_differs_from_the_tensor_width_are_rejected_naming_both(string? metadata, string? declared)
    {
        var graph = Logistic.Graph([-1, 1]);
        var path = scratch.Save(metadata is null ? graph : graph.Metadata("feature_names", metadata));
        var options = new ModelLoadOptions { InputColumns = declared?.Split(',') };

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, options));

        var names = (metadata ?? declared)!.Split(',');
        Assert.Equal("X", error.Field);
        Assert.Contains("holds 3 features per row", error.Message, StringComparison.Ordinal);
        Assert.Contains($"names {names.Length} ({string.Join(", ", names)})", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,,c")]
    [InlineData("a,b,a")]
    [InlineData("[\"a\", 2]")]
    public void Malformed_feature_names_metadata_is_rejected_naming_the_property(string metadata)
    {
        var path = scratch.Save(Logistic.Graph([-1, 1]).Metadata("feature_names", metadata));

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Equal(path, error.File);
        Assert.Equal("feature_names", error.Field);
    }

    [Fact]
    public void Symbolic_width_takes_the_number_of_names()
    {
        var path = scratch.Save(new OnnxGraph()
            .Input("X", OnnxGraph.Float, -1, -2)
            .Node("ReduceSum", ["X", "axes"], "variable", ("keepdims", 1))
            .Initializer("axes", [1L])
            .Output("variable", OnnxGraph.Float, -1, 1)
            .Metadata("feature_names", "a,b"));
        var model = Loader.Load(path, null, new ModelLoadOptions()).Model;

        var values = model.Predict(OnnxScratch.Matrix(model, [1, 2], [0.5, -4]), CancellationToken.None).Values.ToArray();

        Assert.Equal(ModelTask.Regression, model.Task);
        Assert.Equal([3.0, -3.5], values);
    }

    [Fact]
    public void Tensor_with_a_fixed_batch_of_one_is_scored_row_by_row()
    {
        var path = scratch.Save(Logistic.Graph([1, 1], batch: 1).Metadata("feature_names", "a,b,c"));
        var model = Loader.Load(path, null, new ModelLoadOptions()).Model;

        var values = model.Predict(OnnxScratch.Matrix(model, Rows), CancellationToken.None).Values.ToArray();

        Assert.Equal(Rows.Select(Logistic.Probability), values, (x, y) => Math.Abs(x - y) < Tolerance);
    }

    [Fact]
    public void Tensor_with_a_fixed_batch_larger_than_one_is_rejected()
    {
        var path = scratch.Save(Logistic.Graph([8, 1], batch: 8).Metadata("feature_names", "a,b,c"));

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Equal("X", error.Field);
        Assert.Contains("fixed batch of 8 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tensor_of_strings_is_rejected_naming_its_type()
    {
        var path = scratch.Save(new OnnxGraph()
            .Input("X", OnnxGraph.String, -1, 2)
            .Node("Identity", ["X"], "label")
            .Output("label", OnnxGraph.String, -1, 2)
            .Metadata("feature_names", "a,b"));

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Equal("X", error.Field);
        Assert.Contains("String", error.Message, StringComparison.Ordinal);
        Assert.Contains("float or double", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_input_columns_on_a_model_with_one_input_per_column_are_rejected()
    {
        var path = scratch.Save(new OnnxGraph()
            .Input("x1", OnnxGraph.Float, -1, 1)
            .Input("x2", OnnxGraph.Float, -1, 1)
            .Node("Add", ["x1", "x2"], "variable")
            .Output("variable", OnnxGraph.Float, -1, 1));

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions { InputColumns = ["a", "b"] }));

        Assert.Equal("model.inputs", error.Field);
        Assert.Contains("x1, x2", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => scratch.Dispose();

    /// <summary>ONNX Runtime's own output for the rows fed as one [N, d] tensor: the test's independent view of the graph.</summary>
    private static float[] RunDirectly(string path, string output, double[][] rows)
    {
        using var session = new InferenceSession(path);
        var width = rows[0].Length;
        float[] values = [.. rows.SelectMany(r => r).Select(v => (float)v)];
        var x = new DenseTensor<float>(values, [rows.Length, width]);
        using var results = session.Run([NamedOnnxValue.CreateFromTensor("X", x)], [output]);
        return results.Single().AsTensor<float>().ToArray();
    }
}
