using ExplainableAI.Sdk;
using ExplainableAI.Tests.Onnx;

namespace ExplainableAI.Models.Tests;

/// <summary>ONNX graphs written by hand with generic output names, as converters other than ML.NET's name them.</summary>
public sealed class GenericOnnxModelTests : IDisposable
{
    private const double Tolerance = 1e-6;
    private static readonly ModelLoader Loader = ModelLoader.CreateDefault();
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("xai-onnx-");

    [Fact]
    public void Two_column_probabilities_are_a_binary_classifier_whose_second_column_is_positive()
    {
        var model = Loader.Load(Logistic(), null, new ModelLoadOptions()).Model;

        var predictions = model.Predict(OnnxScratch.Matrix(model, [0.5, 1.0], [-2.0, 0.25]), CancellationToken.None);

        Assert.Equal(ModelTask.BinaryClassification, model.Task);
        Assert.Equal(["0", "1"], model.Classes);
        Assert.False(model.HasMargin);
        Assert.Equal(["x1", "x2"], model.Features.Select(f => f.Name));
        Assert.Equal(Sigmoid(1.5), predictions.Values.Span[0], Tolerance);
        Assert.Equal(Sigmoid(-1.75), predictions.Values.Span[1], Tolerance);
    }

    [Fact]
    public void Missing_value_in_a_float_input_gives_a_NaN_probability_without_an_error()
    {
        // The graph is arithmetic (MatMul, Sigmoid): NaN propagates, and the adapter reports what ONNX Runtime returns.
        var model = Loader.Load(Logistic(), null, new ModelLoadOptions()).Model;

        var predictions = model.Predict(OnnxScratch.Matrix(model, [double.NaN, 1.0], [0.5, 1.0]), CancellationToken.None);

        Assert.True(double.IsNaN(predictions.Values.Span[0]));
        Assert.Equal(Sigmoid(1.5), predictions.Values.Span[1], Tolerance);
    }

    [Fact]
    public void Positive_class_selects_the_probability_column()
    {
        var model = Loader.Load(Logistic(), null, new ModelLoadOptions(PositiveClass: "0")).Model;

        var predictions = model.Predict(OnnxScratch.Matrix(model, [0.5, 1.0]), CancellationToken.None);

        Assert.Equal(["1", "0"], model.Classes);
        Assert.Equal(1 - Sigmoid(1.5), predictions.Values.Span[0], Tolerance);
    }

    [Fact]
    public void Variable_output_is_a_regressor_fed_by_typed_inputs()
    {
        var path = Path.Combine(folder.FullName, "typed.onnx");
        new OnnxGraph()
            .Input("visits", OnnxGraph.Int64, -1, 1)
            .Input("smoker", OnnxGraph.Bool, -1, 1)
            .Input("dose", OnnxGraph.Double, -1)
            .Node("Cast", ["visits"], "visits_f", ("to", OnnxGraph.Float))
            .Node("Cast", ["smoker"], "smoker_f", ("to", OnnxGraph.Float))
            .Node("Cast", ["dose"], "dose_f", ("to", OnnxGraph.Float))
            .Node("Unsqueeze", ["dose_f", "axes"], "dose_2d")
            .Node("Add", ["visits_f", "smoker_f"], "partial")
            .Node("Add", ["partial", "dose_2d"], "variable")
            .Output("variable", OnnxGraph.Float, -1, 1)
            .Save(path, initializers: [("axes", [1L])]);
        var model = Loader.Load(path, null, new ModelLoadOptions()).Model;

        var predictions = model.Predict(OnnxScratch.Matrix(model, [3, 1, 0.25], [0, 0, 1.5]), CancellationToken.None);

        Assert.Equal(ModelTask.Regression, model.Task);
        Assert.Equal([ColumnKind.Numeric, ColumnKind.Boolean, ColumnKind.Numeric], model.Features.Select(f => f.Kind));
        Assert.Equal([4.25, 1.5], predictions.Values.ToArray());
    }

    [Fact]
    public void Missing_value_in_an_integer_input_is_an_input_error_naming_the_input()
    {
        var path = Path.Combine(folder.FullName, "integer.onnx");
        new OnnxGraph()
            .Input("visits", OnnxGraph.Int64, -1, 1)
            .Node("Cast", ["visits"], "variable", ("to", OnnxGraph.Float))
            .Output("variable", OnnxGraph.Float, -1, 1)
            .Save(path);
        var model = Loader.Load(path, null, new ModelLoadOptions()).Model;

        var error = Assert.Throws<InvalidAuditInputException>(() => model.Predict(OnnxScratch.Matrix(model, [double.NaN]), CancellationToken.None));

        Assert.Equal("visits", error.Field);
    }

    [Fact]
    public void Model_with_a_batch_of_one_is_run_row_by_row()
    {
        var path = Path.Combine(folder.FullName, "single.onnx");
        new OnnxGraph()
            .Input("x1", OnnxGraph.Float, 1, 1)
            .Node("Neg", ["x1"], "variable")
            .Output("variable", OnnxGraph.Float, 1, 1)
            .Save(path);
        var model = Loader.Load(path, null, new ModelLoadOptions()).Model;

        var predictions = model.Predict(OnnxScratch.Matrix(model, [1], [2], [-3]), CancellationToken.None);

        Assert.Equal([-1.0, -2.0, 3.0], predictions.Values.ToArray());
    }

    [Fact]
    public void Input_carrying_several_features_beside_other_feature_inputs_is_rejected_naming_it()
    {
        // One [N, d] tensor is supported only as the model's single feature input (see FeatureTensorOnnxModelTests).
        var path = Path.Combine(folder.FullName, "matrix.onnx");
        new OnnxGraph()
            .Input("X", OnnxGraph.Float, -1, 4)
            .Input("age", OnnxGraph.Float, -1, 1)
            .Node("ReduceSum", ["X"], "variable", ("keepdims", 1))
            .Output("variable", OnnxGraph.Float, -1, 1)
            .Save(path);

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Equal(path, error.File);
        Assert.Equal("X", error.Field);
        Assert.Contains("[N, 1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_without_a_known_output_is_rejected_listing_its_outputs()
    {
        var path = Path.Combine(folder.FullName, "unnamed.onnx");
        new OnnxGraph()
            .Input("x1", OnnxGraph.Float, -1, 1)
            .Node("Identity", ["x1"], "y")
            .Output("y", OnnxGraph.Float, -1, 1)
            .Save(path);

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Equal(path, error.File);
        Assert.Contains("outputs are y", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private string Logistic()
    {
        var path = Path.Combine(folder.FullName, "logistic.onnx");
        new OnnxGraph()
            .Input("x1", OnnxGraph.Float, -1, 1)
            .Input("x2", OnnxGraph.Float, -1, 1)
            .Node("Add", ["x1", "x2"], "logit")
            .Node("Neg", ["logit"], "negated")
            .Node("Sigmoid", ["logit"], "p1")
            .Node("Sigmoid", ["negated"], "p0")
            .Node("Concat", ["p0", "p1"], "probabilities", ("axis", 1))
            .Output("probabilities", OnnxGraph.Float, -1, 2)
            .Save(path);
        return path;
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
