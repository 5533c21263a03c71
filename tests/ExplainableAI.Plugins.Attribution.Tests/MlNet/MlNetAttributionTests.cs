using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>Attributions of ML.NET FastTree and logistic models through the trees and coefficients the adapter exposes.</summary>
public sealed class MlNetAttributionTests(MlNetModels models) : IClassFixture<MlNetModels>
{
    // ML.NET scores in single precision; our trees and coefficients sum in double.
    private const double ScoreTolerance = 1e-5;

    // Exact Shapley values of the path-dependent value function v(S) = E[f(x) | x_S] (covers counted from the background), by brute force
    // over all 2^6 coalitions.
    [Fact]
    public void FastTree_path_dependent_shap_with_background_covers_equals_the_naive_coalition_sum()
    {
        var model = Assert.IsAssignableFrom<ITreeEnsembleModel>(models.FastTree);
        var rows = Models.Random(12, MlNetModels.Width, 31);
        var background = Models.Random(40, MlNetModels.Width, 32);

        var result = AttributionEngine.Explain(
            model, rows, background, AttributionMethod.TreePathDependent, AttributionOutput.Margin, null, null, null, CancellationToken.None);

        var covered = model.Ensemble.WithCovers(background);
        Assert.True(result.MaxAdditivityError < ScoreTolerance, $"additivity error {result.MaxAdditivityError}");
        for (var r = 0; r < rows.RowCount; r++)
        {
            var expected = NaiveTreeShap.Compute(covered, rows.Row(r).ToArray(), 0);
            for (var f = 0; f < MlNetModels.Width; f++)
            {
                Assert.Equal(expected[f], result.Value(r, f), 1e-9);
            }
        }
    }

    [Fact]
    public void FastTree_trees_without_covers_need_background_rows()
    {
        var rows = Models.Random(2, MlNetModels.Width, 1);

        var error = Assert.Throws<ArgumentException>(() => AttributionEngine.Explain(
            models.FastTree, rows, null, AttributionMethod.TreePathDependent, AttributionOutput.Margin, null, null, null, CancellationToken.None));

        Assert.Contains("covers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Logistic_regression_linear_shap_equals_exact_shapley_of_the_mlnet_margin()
    {
        Assert.IsAssignableFrom<ILinearModel>(models.Logistic);
        var rows = Models.Random(10, MlNetModels.Width, 51);
        var background = Models.Random(30, MlNetModels.Width, 52);

        var linear = AttributionEngine.Explain(
            models.Logistic, rows, background, AttributionMethod.Auto, AttributionOutput.Margin, null, null, null, CancellationToken.None);
        var exact = AttributionEngine.Explain(
            models.Logistic, rows, background, AttributionMethod.Exact, AttributionOutput.Margin, null, null, null, CancellationToken.None);

        Assert.Equal(AttributionMethod.Linear, linear.Method);
        Assert.True(linear.MaxAdditivityError < ScoreTolerance, $"additivity error {linear.MaxAdditivityError}");
        for (var i = 0; i < linear.Values.Length; i++)
        {
            Assert.Equal(exact.Values[i], linear.Values[i], ScoreTolerance);
        }
    }
}
