using CsCheck;
using ExplainableAI.Sdk;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class InterventionalTreeShapTests
{
    [Fact]
    public void A_two_level_tree_gets_the_hand_computed_values()
    {
        // f = x0 < 0.5 ? (x1 < 0.5 ? 1 : 2) : 4; x = (0, 0), one background row b = (1, 1).
        // v(∅) = f(b) = 4, v({0}) = f(0, 1) = 2, v({1}) = f(1, 0) = 4, v({0,1}) = f(x) = 1:
        // φ0 = ½((2 − 4) + (1 − 4)) = −2.5, φ1 = ½((4 − 4) + (1 − 2)) = −0.5; base value f(b) = 4.
        var ensemble = new TreeEnsemble(
            2, [0, 5], [0], [0, 1, -1, -1, -1], [0.5f, 0.5f, 0, 0, 0], [true, true, true, true, true],
            [1, 2, -1, -1, -1], [4, 3, -1, -1, -1], [0, 0, 1, 2, 4], [10, 6, 3, 3, 4], [0], TreeLink.Identity);

        var (phi, baseValue) = InterventionalTreeShapExplainer.Explain(
            new TreeShapForest(ensemble), Models.Matrix(2, [0.0, 0.0]), Models.Matrix(2, [1.0, 1.0]), 0, 1, null, CancellationToken.None);

        Assert.Equal(-2.5, phi[0], 15);
        Assert.Equal(-0.5, phi[1], 15);
        Assert.Equal(4, baseValue, 15);
    }

    [Fact]
    public void Interventional_tree_shap_equals_the_shapley_values_over_all_orderings_on_random_trees()
    {
        Gen.Select(Gen.Int, Gen.Int[1, 5], Gen.Int[1, 3], Gen.Int[1, 5], Gen.Int[1, 4]).Sample((seed, features, trees, depth, backgroundRows) =>
        {
            var random = new Random(seed);
            var ensemble = RandomTrees.Ensemble(random, features, trees, depth);
            double Margin(double[] row)
            {
                var margin = new double[1];
                ensemble.PredictMargins(row, margin);
                return margin[0];
            }

            var background = Enumerable.Range(0, backgroundRows).Select(_ => RandomTrees.Row(random, features)).ToArray();
            var rows = Enumerable.Range(0, 3).Select(_ => RandomTrees.Row(random, features)).ToArray();
            var (phi, baseValue) = InterventionalTreeShapExplainer.Explain(
                new TreeShapForest(ensemble), Models.Matrix(features, [.. rows.SelectMany(r => r)]), Models.Matrix(features, [.. background.SelectMany(r => r)]),
                0, 1, null, CancellationToken.None);

            // The base value is the mean margin of the background; base + Σφ is the row's margin.
            Assert.Equal(background.Average(Margin), baseValue, 1e-12);
            for (var r = 0; r < rows.Length; r++)
            {
                var expected = BruteForceShapley.Compute(Margin, rows[r], background);
                for (var f = 0; f < features; f++)
                {
                    Assert.Equal(expected[f], phi[(r * features) + f], 1e-9);
                }

                Assert.Equal(Margin(rows[r]), baseValue + phi.AsSpan(r * features, features).ToArray().Sum(), 1e-9);
            }
        }, iter: 200);
    }

    [Theory]
    [InlineData("xgb_binary_small")]
    [InlineData("xgb_regression")]
    [InlineData("xgb_multiclass")]
    public void Xgboost_attributions_equal_the_exact_engine_over_the_models_own_predictions(string name)
    {
        var reference = XGBoostReference.Load(name);
        var model = reference.Model;
        var width = model.Features.Count;
        var rows = reference.Rows.WithValues(reference.Rows.Values.AsSpan(0, 12 * width).ToArray());
        var background = reference.Rows.WithValues(reference.Rows.Values.AsSpan(30 * width, 8 * width).ToArray());
        var classes = model.Task == ModelTask.MulticlassClassification ? model.Classes.Count : 1;
        for (var k = 0; k < classes; k++)
        {
            var tree = AttributionEngine.Explain(model, rows, background, AttributionMethod.TreeInterventional, AttributionOutput.Margin, k, null, null, CancellationToken.None);
            var exact = AttributionEngine.Explain(model, rows, background, AttributionMethod.Exact, AttributionOutput.Margin, k, null, null, CancellationToken.None);

            Assert.Equal(AttributionMethod.TreeInterventional, tree.Method);
            Assert.True(tree.MaxAdditivityError < 1e-9, $"additivity error {tree.MaxAdditivityError}");
            for (var r = 0; r < rows.RowCount; r++)
            {
                Assert.Equal(exact.BaseValues[r], tree.BaseValues[r], 1e-9);
                for (var f = 0; f < width; f++)
                {
                    Assert.Equal(exact.Value(r, f), tree.Value(r, f), 1e-9);
                }
            }
        }
    }

    [Fact]
    public void Probability_output_and_a_missing_background_are_refused()
    {
        var reference = XGBoostReference.Load("xgb_binary_small");

        Assert.Throws<ArgumentException>(() => AttributionEngine.Explain(
            reference.Model, reference.Rows, reference.Rows, AttributionMethod.TreeInterventional, AttributionOutput.Probability, null, null, null, CancellationToken.None));
        Assert.Throws<ArgumentException>(() => AttributionEngine.Explain(
            reference.Model, reference.Rows, null, AttributionMethod.TreeInterventional, AttributionOutput.Margin, null, null, null, CancellationToken.None));
    }

    [Fact]
    public void Single_thread_and_parallel_runs_agree_exactly()
    {
        var reference = XGBoostReference.Load("xgb_binary_medium");
        var background = reference.Rows.WithValues(reference.Rows.Values.AsSpan(0, 10 * reference.Model.Features.Count).ToArray());

        var one = AttributionEngine.Explain(
            reference.Model, reference.Rows, background, AttributionMethod.TreeInterventional, AttributionOutput.Margin, null,
            new AttributionSettings(MaxDegreeOfParallelism: 1), null, CancellationToken.None);
        var two = AttributionEngine.Explain(
            reference.Model, reference.Rows, background, AttributionMethod.TreeInterventional, AttributionOutput.Margin, null,
            new AttributionSettings(MaxDegreeOfParallelism: 2), null, CancellationToken.None);

        Assert.Equal(one.Values, two.Values);
        Assert.Equal(one.BaseValues, two.BaseValues);
    }
}
