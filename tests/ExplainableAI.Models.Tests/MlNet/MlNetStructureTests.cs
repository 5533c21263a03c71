using ExplainableAI.Sdk;

namespace ExplainableAI.Models.Tests;

/// <summary>ML.NET models expose their trees or coefficients only when every vector slot is one input feature.</summary>
public sealed class MlNetStructureTests(VitalsModels models) : IClassFixture<VitalsModels>
{
    // ML.NET scores in single precision.
    private const double Tolerance = 1e-5;

    private static readonly ModelLoader Loader = ModelLoader.CreateDefault();

    [Theory]
    [InlineData(nameof(VitalsModels.FastTreeBinaryZip))]
    [InlineData(nameof(VitalsModels.FastTreeRegressionZip))]
    public void FastTree_trees_reproduce_the_mlnet_score_including_missing_values(string name)
    {
        var model = Assert.IsAssignableFrom<ITreeEnsembleModel>(Load(name));
        var rows = VitalsModels.Scoring(model);

        var predictions = model.Predict(rows, CancellationToken.None);

        var scores = (model.Task == ModelTask.Regression ? predictions.Values : predictions.Margins!.Value).Span;
        Assert.False(model.Ensemble.HasCovers);
        Assert.Equal(15, model.Ensemble.TreeCount);
        var margin = new double[1];
        for (var r = 0; r < rows.RowCount; r++)
        {
            model.Ensemble.PredictMargins(rows.Row(r), margin);
            Assert.Equal(scores[r], margin[0], Tolerance);
        }
    }

    [Fact]
    public void Missing_values_go_right_at_every_FastTree_node()
    {
        var model = Assert.IsAssignableFrom<ITreeEnsembleModel>(Load(nameof(VitalsModels.FastTreeBinaryZip)));

        // ML.NET compares x <= threshold, which is false for NaN, so a missing value always takes the right (greater) branch.
        Assert.DoesNotContain(true, model.Ensemble.DefaultLeft.ToArray());
    }

    [Fact]
    public void Positive_class_false_negates_the_trees_with_the_margin()
    {
        var model = Assert.IsAssignableFrom<ITreeEnsembleModel>(Load(nameof(VitalsModels.FastTreeBinaryZip), positiveClass: "false"));
        var rows = VitalsModels.Scoring(model);

        var margins = model.Predict(rows, CancellationToken.None).Margins!.Value.Span;

        var margin = new double[1];
        for (var r = 0; r < rows.RowCount; r++)
        {
            model.Ensemble.PredictMargins(rows.Row(r), margin);
            Assert.Equal(margins[r], margin[0], Tolerance);
        }
    }

    [Theory]
    [InlineData(nameof(VitalsModels.LogisticZip), TreeLink.Logistic)]
    [InlineData(nameof(VitalsModels.SdcaLogisticZip), TreeLink.Logistic)]
    [InlineData(nameof(VitalsModels.LinearRegressionZip), TreeLink.Identity)]
    public void Linear_coefficients_reproduce_the_mlnet_score(string name, TreeLink link)
    {
        var model = Assert.IsAssignableFrom<ILinearModel>(Load(name));
        var rows = VitalsModels.Scoring(model);

        var predictions = model.Predict(rows, CancellationToken.None);

        Assert.Equal(link, model.Link);
        var scores = (model.Task == ModelTask.Regression ? predictions.Values : predictions.Margins!.Value).Span;
        for (var r = 0; r < rows.RowCount; r++)
        {
            var x = rows.Row(r).ToArray();
            var margin = model.Bias + x.Select((v, f) => model.Weights[f] * v).Sum();

            // A missing value makes ML.NET's linear score NaN, and so the coefficients' margin.
            Assert.Equal(double.IsNaN(scores[r]), double.IsNaN(margin));
            if (!double.IsNaN(margin))
            {
                Assert.Equal(scores[r], margin, Tolerance * Math.Max(1, Math.Abs(margin)));
            }
        }
    }

    [Fact]
    public void Missing_value_makes_a_linear_models_score_and_probability_NaN_without_an_error()
    {
        var model = Load(nameof(VitalsModels.LogisticZip));

        var predictions = model.Predict(VitalsModels.Matrix(model, [[80, double.NaN, 1, 50, 37], [80, 2, 1, 50, 37]]), CancellationToken.None);

        Assert.True(double.IsNaN(predictions.Margins!.Value.Span[0]));
        Assert.True(double.IsNaN(predictions.Values.Span[0]));
        Assert.False(double.IsNaN(predictions.Values.Span[1]));
    }

    [Fact]
    public void A_normalized_feature_vector_exposes_neither_trees_nor_coefficients()
    {
        var model = Load(nameof(VitalsModels.NormalizedZip));

        Assert.IsNotAssignableFrom<ILinearModel>(model);
        Assert.IsNotAssignableFrom<ITreeEnsembleModel>(model);
    }

    private IAuditModel Load(string name, string? positiveClass = null) =>
        Loader.Load((string)typeof(VitalsModels).GetProperty(name)!.GetValue(models)!, null, VitalsModels.Options(positiveClass)).Model;
}
