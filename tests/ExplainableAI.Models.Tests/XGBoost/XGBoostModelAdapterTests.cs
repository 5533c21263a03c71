using ExplainableAI.Sdk;

namespace ExplainableAI.Models.Tests;

public sealed class XGBoostModelAdapterTests : IDisposable
{
    // XGBoost predicts in single precision; its CSV outputs are float32 values.
    private const double Tolerance = 1e-5;
    private static readonly ModelLoader Loader = ModelLoader.CreateDefault();
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("xai-xgb-");

    [Theory]
    [MemberData(nameof(XGBoostReference.Names), MemberType = typeof(XGBoostReference))]
    public void Margins_and_predictions_equal_xgboost_own(string name)
    {
        var reference = XGBoostReference.Load(name);
        var loaded = Loader.Load(reference.ModelPath, null, new ModelLoadOptions());
        var model = loaded.Model;

        var predictions = model.Predict(Matrix(model, reference.Data), CancellationToken.None);

        Assert.Equal("xgboost", loaded.Format);
        Assert.Equal(reference.Header, model.Features.Select(f => f.Name));
        var width = reference.Margins[0].Length;
        for (var r = 0; r < reference.Data.Length; r++)
        {
            for (var k = 0; k < width; k++)
            {
                Assert.Equal(reference.Predictions[r][k], predictions.Values.Span[(r * width) + k], Tolerance);
                var margin = model.HasMargin ? predictions.Margins!.Value.Span[(r * width) + k] : predictions.Values.Span[r];
                Assert.Equal(reference.Margins[r][k], margin, Tolerance);
            }
        }
    }

    [Theory]
    [InlineData("xgb_binary_small", ModelTask.BinaryClassification, 1, TreeLink.Logistic, 10)]
    [InlineData("xgb_regression", ModelTask.Regression, 1, TreeLink.Identity, 50)]
    [InlineData("xgb_multiclass", ModelTask.MulticlassClassification, 3, TreeLink.Softmax, 60)]
    public void Objective_sets_task_link_and_output_groups(string name, ModelTask task, int groups, TreeLink link, int trees)
    {
        var model = Assert.IsAssignableFrom<ITreeEnsembleModel>(Loader.Load(XGBoostReference.Load(name).ModelPath, null, new ModelLoadOptions()).Model);

        Assert.Equal(task, model.Task);
        Assert.Equal(groups, model.Ensemble.GroupCount);
        Assert.Equal(link, model.Ensemble.Link);
        Assert.Equal(trees, model.Ensemble.TreeCount);

        // base_score 0.5 is a probability for binary:logistic (margin logit(0.5) = 0) and a margin otherwise.
        Assert.All(model.Ensemble.BaseScores.ToArray(), b => Assert.Equal(link == TreeLink.Logistic ? 0.0 : 0.5, b));
    }

    [Fact]
    public void Comparison_rounds_the_input_to_single_precision_first()
    {
        // Threshold 0.1f = 0.100000001490116…; the double 0.1 is below it, but (float)0.1 equals it, so XGBoost goes right.
        var path = Write(Stump(threshold: "1E-1", defaultLeft: 1));
        var model = Loader.Load(path, null, new ModelLoadOptions()).Model;

        var margins = model.Predict(Matrix(model, [[0.1], [0.09999], [double.NaN]]), CancellationToken.None).Margins!.Value.ToArray();

        Assert.Equal([2.0, -1.0, -1.0], margins.Select(m => Math.Round(m, 6)));
    }

    [Fact]
    public void Missing_values_follow_default_direction()
    {
        var path = Write(Stump(threshold: "1E-1", defaultLeft: 0));
        var model = Loader.Load(path, null, new ModelLoadOptions()).Model;

        var margins = model.Predict(Matrix(model, [[double.NaN]]), CancellationToken.None).Margins!.Value.ToArray();

        Assert.Equal([2.0], margins.Select(m => Math.Round(m, 6)));
    }

    [Fact]
    public void Positive_class_zero_flips_the_margin()
    {
        var path = Write(Stump(threshold: "1E-1", defaultLeft: 1));
        var model = Loader.Load(path, null, new ModelLoadOptions(PositiveClass: "0")).Model;

        var predictions = model.Predict(Matrix(model, [[0.5]]), CancellationToken.None);

        Assert.Equal(["1", "0"], model.Classes);
        Assert.Equal(-2.0, predictions.Margins!.Value.Span[0], 6);
        Assert.Equal(1 / (1 + Math.Exp(2.0)), predictions.Values.Span[0], 12);
    }

    [Fact]
    public void Unsupported_objective_is_an_input_error_naming_the_field()
    {
        var path = Write(Stump(threshold: "1E-1", defaultLeft: 1).Replace("binary:logistic", "rank:pairwise", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Equal("objective", error.Field);
    }

    [Fact]
    public void Json_that_is_not_a_model_is_an_input_error()
    {
        var path = Write("{\"hello\": 1}");

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Contains("XGBoost", error.Problem, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static FeatureMatrix Matrix(IAuditModel model, double[][] rows) =>
        new(model.Features, [.. rows.SelectMany(r => r)], [.. model.Features.Select(_ => (IReadOnlyList<string>)[])]);

    // One tree: x < threshold → -1, else 2; base_score 0.5 (margin 0).
    private static string Stump(string threshold, int defaultLeft) =>
        $$$$"""
        {"learner":{"feature_names":["x"],"learner_model_param":{"base_score":"5E-1","num_class":"0","num_feature":"1"},
         "objective":{"name":"binary:logistic"},
         "gradient_booster":{"name":"gbtree","model":{"tree_info":[0],"trees":[{
           "left_children":[1,-1,-1],"right_children":[2,-1,-1],"split_indices":[0,0,0],"split_conditions":[{{{{threshold}}}},-1E0,2E0],
           "default_left":[{{{{defaultLeft}}}},0,0],"sum_hessian":[1E1,4E0,6E0],"split_type":[0,0,0]}]}}},"version":[1,7,4]}
        """;

    private string Write(string json)
    {
        var path = Path.Combine(folder.FullName, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
