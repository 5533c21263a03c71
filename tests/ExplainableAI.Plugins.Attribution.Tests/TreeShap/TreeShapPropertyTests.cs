using CsCheck;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class TreeShapPropertyTests
{
    [Fact]
    public void Path_dependent_tree_shap_equals_the_naive_exponential_definition_on_random_trees()
    {
        Gen.Select(Gen.Int, Gen.Int[1, 5], Gen.Int[1, 3], Gen.Int[1, 5]).Sample((seed, features, trees, depth) =>
        {
            var random = new Random(seed);
            var ensemble = RandomTrees.Ensemble(random, features, trees, depth);
            var forest = new TreeShapForest(ensemble);
            var shap = new PathDependentTreeShap(forest);
            for (var k = 0; k < 4; k++)
            {
                var x = RandomTrees.Row(random, features);
                var phi = new double[features];
                var baseValue = shap.Explain(x, 0, 0, phi, 0);

                var expected = NaiveTreeShap.Compute(ensemble, x, 0);
                var margin = new double[1];
                ensemble.PredictMargins(x, margin);
                for (var f = 0; f < features; f++)
                {
                    Assert.Equal(expected[f], phi[f], 1e-9);
                }

                // Additivity: the base value (cover-weighted mean) plus the attributions is the prediction.
                Assert.Equal(margin[0], baseValue + phi.Sum(), 1e-9);
            }
        }, iter: 300);
    }
}
