using ExplainableAI.Sdk;
using ExplainableAI.Tests.Onnx;

namespace ExplainableAI.Models.Tests;

/// <summary>Which output shapes an ONNX classifier may have, and the error for the others: it says what is supported and what was found.</summary>
public sealed class OnnxOutputShapeTests : IDisposable
{
    private const double Tolerance = 1e-6;
    private static readonly ModelLoader Loader = ModelLoader.CreateDefault();
    private static readonly LogisticOnnx Logistic = new([1f, -1f], 0.5f);
    private readonly OnnxScratch scratch = new();

    [Fact]
    public void One_column_probability_is_the_positive_class_and_its_complement_when_class_0_is_positive()
    {
        var path = scratch.Save(Logistic.Graph([-1, 1]).Metadata("feature_names", "a,b"));
        var model = Loader.Load(path, null, new ModelLoadOptions(PositiveClass: "0")).Model;

        var value = model.Predict(OnnxScratch.Matrix(model, [2, 0.5]), CancellationToken.None).Values.Span[0];

        // sigmoid(2 − 0.5 + 0.5) is P(1); the user's positive class 0 gets 1 − P(1).
        Assert.Equal(["1", "0"], model.Classes);
        Assert.Equal(1 - Logistic.Probability(2, 0.5), value, Tolerance);
    }

    [Fact]
    public void Label_output_beside_the_probabilities_is_ignored()
    {
        // sklearn-onnx with zipmap=False writes label [N] int64 and probabilities [N, 2].
        var path = scratch.Save(Logistic.Graph([-1, 2], output: "probabilities")
            .Node("ArgMax", ["probabilities"], "label", ("axis", 1), ("keepdims", 0))
            .Output("label", OnnxGraph.Int64, -1)
            .Metadata("feature_names", "a,b"));
        var model = Loader.Load(path, null, new ModelLoadOptions()).Model;

        var value = model.Predict(OnnxScratch.Matrix(model, [1, 3]), CancellationToken.None).Values.Span[0];

        Assert.Equal(ModelTask.BinaryClassification, model.Task);
        Assert.Equal(Logistic.Probability(1, 3), value, Tolerance);
    }

    [Fact]
    public void Label_output_alone_is_rejected_listing_the_supported_outputs()
    {
        var path = scratch.Save(Logistic.Graph([-1, 2], output: "p")
            .Node("ArgMax", ["p"], "output_label", ("axis", 1), ("keepdims", 0))
            .Output("output_label", OnnxGraph.Int64, -1)
            .Metadata("feature_names", "a,b"));

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Equal(path, error.File);
        Assert.Contains("[N, 1] or [N] for P(positive)", error.Message, StringComparison.Ordinal);
        Assert.Contains("output_label [N] Int64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_column_probability_for_a_binary_task_is_rejected_with_the_supported_and_found_shapes()
    {
        var path = scratch.Save(Logistic.Graph([-1, 2], output: "p2")
            .Node("Concat", ["p2", "p1"], "probability", ("axis", 1))
            .Output("probability", OnnxGraph.Float, -1, 3)
            .Metadata("feature_names", "a,b"));

        var error = Assert.Throws<InvalidAuditInputException>(
            () => Loader.Load(path, null, new ModelLoadOptions(Task: ModelTask.BinaryClassification)));

        Assert.Equal(path, error.File);
        Assert.Equal("probability", error.Field);
        Assert.Contains("[N, 1] or [N] (P(positive)) or [N, 2]", error.Message, StringComparison.Ordinal);
        Assert.Contains("probability [N, 3] Single", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sequence_of_maps_output_is_rejected_saying_how_to_export_tensors()
    {
        var path = scratch.Save(Logistic.Graph([-1, 1], output: "p1")
            .Node("ZipMap", ["p1"], ["output_probability"], OnnxGraph.MlDomain, ("classlabels_int64s", new[] { 1L }))
            .SequenceOfMapsOutput("output_probability")
            .Metadata("feature_names", "a,b"));

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Equal("output_probability", error.Field);
        Assert.Contains("a sequence", error.Message, StringComparison.Ordinal);
        Assert.Contains("zipmap", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => scratch.Dispose();
}
