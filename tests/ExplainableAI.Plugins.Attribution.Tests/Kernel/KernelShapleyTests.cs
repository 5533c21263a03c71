namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class KernelShapleyTests
{
    [Fact]
    public void Budget_covering_every_coalition_gives_the_exact_values_with_zero_error()
    {
        const int D = 6;
        var model = Models.Nonlinear(D);
        var rows = Models.Random(3, D, seed: 3);
        var background = Models.Random(5, D, seed: 4);

        var exact = AttributionEngine.Explain(model, rows, background, AttributionMethod.Exact, AttributionOutput.Margin, null, null, null, CancellationToken.None);
        var kernel = AttributionEngine.Explain(model, rows, background, AttributionMethod.Kernel, AttributionOutput.Margin, null, null, null, CancellationToken.None);

        for (var i = 0; i < exact.Values.Length; i++)
        {
            Assert.Equal(exact.Values[i], kernel.Values[i], 1e-9);
        }

        Assert.All(kernel.StandardErrors!, se => Assert.Equal(0, se));
    }

    [Fact]
    public void Error_shrinks_as_the_budget_grows_and_additivity_is_exact()
    {
        const int D = 11;
        var model = Models.Nonlinear(D);
        var rows = Models.Random(6, D, seed: 7);
        var background = Models.Random(8, D, seed: 8);
        var exact = AttributionEngine.Explain(model, rows, background, AttributionMethod.Exact, AttributionOutput.Margin, null, null, null, CancellationToken.None);

        double Error(int budget, out AttributionResult result)
        {
            result = AttributionEngine.Explain(
                model, rows, background, AttributionMethod.Kernel, AttributionOutput.Margin, null,
                new AttributionSettings(KernelBudget: budget, Seed: 11), null, CancellationToken.None);
            var values = result.Values;
            return Math.Sqrt(exact.Values.Select((v, i) => (v - values[i]) * (v - values[i])).Average());
        }

        var small = Error(60, out var smallResult);
        var medium = Error(400, out _);
        var large = Error(1800, out var largeResult);

        Assert.True(small > medium && medium > large, $"RMSE {small}, {medium}, {large}");
        Assert.True(smallResult.MaxAdditivityError < 1e-9 && largeResult.MaxAdditivityError < 1e-9);
        Assert.Equal(AttributionMethod.Kernel, largeResult.Method);

        // Standard errors from independent batches are honest: the mean reported error has the size of the actual error.
        var meanSe = smallResult.StandardErrors!.Average();
        Assert.InRange(meanSe, small / 5, small * 5);
    }

    [Fact]
    public void Plan_enumerates_the_sizes_the_budget_covers_in_complementary_pairs()
    {
        // d = 10: sizes 1 and 9 (20 coalitions) fit a budget of 100 with their kernel share, size 2 and 8 (90) does not.
        var plan = KernelShapley.Plan(10, 100, 4);
        var masks = plan.NewMasks();
        KernelShapley.Sample(plan, new Random(1), masks);

        Assert.Equal(20, plan.EnumeratedWeights.Length);
        Assert.Equal(4, plan.Batches);
        Assert.Equal(20, plan.SamplesPerBatch);
        for (var c = 2 + 20; c < plan.Count; c += 2)
        {
            for (var f = 0; f < 10; f++)
            {
                Assert.NotEqual(masks[(c * 10) + f], masks[((c + 1) * 10) + f]);
            }
        }
    }
}
