using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class PathDependentTreeShapTests
{
    // XGBoost computes pred_contribs in single precision.
    private const double XGBoostTolerance = 1e-4;

    [Theory]
    [MemberData(nameof(XGBoostReference.Names), MemberType = typeof(XGBoostReference))]
    public void Attributions_equal_xgboost_pred_contribs_for_every_class(string name)
    {
        var reference = XGBoostReference.Load(name);
        var model = reference.Model;
        var width = model.Features.Count;
        var classes = model.Task == ModelTask.MulticlassClassification ? model.Classes.Count : 1;

        for (var k = 0; k < classes; k++)
        {
            var result = AttributionEngine.Explain(
                model, reference.Rows, null, AttributionMethod.TreePathDependent, AttributionOutput.Margin, k, null, null, CancellationToken.None);

            Assert.Equal(AttributionMethod.TreePathDependent, result.Method);
            Assert.True(result.MaxAdditivityError < 1e-9, $"additivity error {result.MaxAdditivityError}");
            for (var r = 0; r < result.RowCount; r++)
            {
                var expected = reference.Contributions[r].AsSpan(k * (width + 1), width + 1);
                for (var f = 0; f < width; f++)
                {
                    Assert.Equal(expected[f], result.Value(r, f), XGBoostTolerance);
                }

                Assert.Equal(expected[width], result.BaseValues[r], XGBoostTolerance);
            }
        }
    }

    [Fact]
    public void Auto_picks_tree_shap_for_tree_models_and_margin_output()
    {
        var reference = XGBoostReference.Load("xgb_binary_small");

        var result = AttributionEngine.Explain(
            reference.Model, reference.Rows, null, AttributionMethod.Auto, AttributionOutput.Margin, null, null, null, CancellationToken.None);

        Assert.Equal(AttributionMethod.TreePathDependent, result.Method);
    }

    [Fact]
    public void Probability_output_is_refused_for_path_dependent_tree_shap()
    {
        var reference = XGBoostReference.Load("xgb_binary_small");

        Assert.Throws<ArgumentException>(() => AttributionEngine.Explain(
            reference.Model, reference.Rows, null, AttributionMethod.TreePathDependent, AttributionOutput.Probability, null, null, null, CancellationToken.None));
    }

    [Fact]
    public void Single_thread_and_parallel_runs_agree_exactly()
    {
        var reference = XGBoostReference.Load("xgb_binary_medium");

        var one = AttributionEngine.Explain(
            reference.Model, reference.Rows, null, AttributionMethod.TreePathDependent, AttributionOutput.Margin, null,
            new AttributionSettings(MaxDegreeOfParallelism: 1), null, CancellationToken.None);
        var two = AttributionEngine.Explain(
            reference.Model, reference.Rows, null, AttributionMethod.TreePathDependent, AttributionOutput.Margin, null,
            new AttributionSettings(MaxDegreeOfParallelism: 2), null, CancellationToken.None);

        Assert.Equal(one.Values, two.Values);
    }
}
