namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class PermutationShapleyTests
{
    [Fact]
    public void Error_shrinks_as_permutations_grow_and_additivity_is_exact()
    {
        const int D = 8;
        var model = Models.Nonlinear(D);
        var rows = Models.Random(6, D, seed: 9);
        var background = Models.Random(6, D, seed: 10);
        var exact = AttributionEngine.Explain(model, rows, background, AttributionMethod.Exact, AttributionOutput.Margin, null, null, null, CancellationToken.None);

        double Error(int pairs, out AttributionResult result)
        {
            result = AttributionEngine.Explain(
                model, rows, background, AttributionMethod.Permutation, AttributionOutput.Margin, null,
                new AttributionSettings(PermutationPairs: pairs, Seed: 3), null, CancellationToken.None);
            var values = result.Values;
            return Math.Sqrt(exact.Values.Select((v, i) => (v - values[i]) * (v - values[i])).Average());
        }

        var few = Error(2, out var fewResult);
        var more = Error(32, out _);
        var many = Error(512, out var manyResult);

        Assert.True(few > more && more > many, $"RMSE {few}, {more}, {many}");
        Assert.True(fewResult.MaxAdditivityError < 1e-9 && manyResult.MaxAdditivityError < 1e-9);
        Assert.NotNull(manyResult.StandardErrors);
    }

    [Fact]
    public void Two_features_are_exact_with_one_antithetic_pair()
    {
        // With d = 2 a permutation and its reverse are the only two orderings, so one pair is the full Shapley average.
        var model = Models.Nonlinear(2);
        var rows = Models.Random(3, 2, seed: 1);
        var background = Models.Random(4, 2, seed: 2);

        var exact = AttributionEngine.Explain(model, rows, background, AttributionMethod.Exact, AttributionOutput.Margin, null, null, null, CancellationToken.None);
        var sampled = AttributionEngine.Explain(
            model, rows, background, AttributionMethod.Permutation, AttributionOutput.Margin, null, new AttributionSettings(PermutationPairs: 1), null, CancellationToken.None);

        for (var i = 0; i < exact.Values.Length; i++)
        {
            Assert.Equal(exact.Values[i], sampled.Values[i], 1e-12);
        }
    }
}
