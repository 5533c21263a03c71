using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class LinearShapTests
{
    [Fact]
    public void Hand_computed_example()
    {
        // w = (2, −1), b = 0.5, background rows (0, 0) and (2, 4): means (1, 2).
        // x = (3, 1): φ = (2·(3 − 1), −1·(1 − 2)) = (4, 1); base = 0.5 + 2·1 − 1·2 = 0.5; margin = 0.5 + 6 − 1 = 5.5 = 0.5 + 4 + 1.
        var model = new LinearTestModel([2, -1], 0.5, TreeLink.Logistic);

        var result = Explain(model, Models.Matrix(2, [3, 1]), Models.Matrix(2, [0, 0, 2, 4]), AttributionMethod.Linear);

        Assert.Equal(AttributionMethod.Linear, result.Method);
        Assert.Equal([4.0, 1.0], result.Values);
        Assert.Equal(0.5, result.BaseValues[0]);
        Assert.Equal(5.5, result.Predictions[0]);
        Assert.Equal(0, result.MaxAdditivityError);
    }

    [Theory]
    [InlineData(1, TreeLink.Logistic)]
    [InlineData(2, TreeLink.Logistic)]
    [InlineData(3, TreeLink.Identity)]
    public void Equals_exact_interventional_shapley_in_margin_space(int seed, TreeLink link)
    {
        var random = new Random(seed);
        var d = 6;
        var weights = Enumerable.Range(0, d).Select(_ => (random.NextDouble() * 4) - 2).ToArray();
        var model = new LinearTestModel(weights, random.NextDouble(), link);
        var rows = Models.Random(15, d, seed + 100);
        var background = Models.Random(25, d, seed + 200);

        var linear = Explain(model, rows, background, AttributionMethod.Linear);
        var exact = Explain(model, rows, background, AttributionMethod.Exact);

        Assert.True(linear.MaxAdditivityError < 1e-12, $"additivity error {linear.MaxAdditivityError}");
        for (var i = 0; i < linear.Values.Length; i++)
        {
            Assert.Equal(exact.Values[i], linear.Values[i], 1e-9);
        }

        for (var r = 0; r < rows.RowCount; r++)
        {
            Assert.Equal(exact.BaseValues[r], linear.BaseValues[r], 1e-9);
        }
    }

    [Fact]
    public void Auto_picks_linear_for_margins_and_exact_for_probabilities()
    {
        var model = new LinearTestModel([1, 2, 3], 0, TreeLink.Logistic);
        var rows = Models.Random(3, 3, 1);

        var margin = AttributionEngine.Explain(model, rows, rows, AttributionMethod.Auto, AttributionOutput.Margin, null, null, null, CancellationToken.None);
        var probability = AttributionEngine.Explain(model, rows, rows, AttributionMethod.Auto, AttributionOutput.Probability, null, null, null, CancellationToken.None);

        Assert.Equal(AttributionMethod.Linear, margin.Method);
        Assert.Equal(AttributionMethod.Exact, probability.Method);
    }

    [Fact]
    public void Linear_is_refused_for_probabilities_and_for_other_models()
    {
        var rows = Models.Random(3, 3, 1);

        Assert.Throws<ArgumentException>(() => AttributionEngine.Explain(
            new LinearTestModel([1, 2, 3], 0, TreeLink.Logistic), rows, rows, AttributionMethod.Linear, AttributionOutput.Probability, null, null, null, CancellationToken.None));
        Assert.Throws<ArgumentException>(() => AttributionEngine.Explain(
            Models.Nonlinear(3), rows, rows, AttributionMethod.Linear, AttributionOutput.Margin, null, null, null, CancellationToken.None));
    }

    private static AttributionResult Explain(IAuditModel model, FeatureMatrix rows, FeatureMatrix background, AttributionMethod method) =>
        AttributionEngine.Explain(model, rows, background, method, AttributionOutput.Margin, null, null, null, CancellationToken.None);
}
