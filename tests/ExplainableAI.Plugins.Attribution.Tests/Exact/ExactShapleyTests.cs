using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class ExactShapleyTests
{
    [Fact]
    public void Exact_values_equal_the_mean_over_all_orderings()
    {
        const int D = 5;
        var model = Models.Nonlinear(D);
        var rows = Models.Random(4, D, seed: 1);
        var background = Models.Random(7, D, seed: 2);

        var result = AttributionEngine.Explain(model, rows, background, AttributionMethod.Exact, AttributionOutput.Margin, null, null, null, CancellationToken.None);

        var backgroundRows = Enumerable.Range(0, background.RowCount).Select(r => background.Row(r).ToArray()).ToArray();
        for (var r = 0; r < rows.RowCount; r++)
        {
            var expected = BruteForceShapley.Compute(x => Score(model, x), rows.Row(r).ToArray(), backgroundRows);
            for (var f = 0; f < D; f++)
            {
                Assert.Equal(expected[f], result.Value(r, f), 1e-10);
            }
        }

        Assert.Equal(AttributionMethod.Exact, result.Method);
        Assert.Null(result.StandardErrors);
        Assert.True(result.MaxAdditivityError < 1e-10);
    }

    [Fact]
    public void Linear_model_gets_the_closed_form()
    {
        // For f(x) = Σ β_i x_i the interventional Shapley value is β_i (x_i − mean of the background's x_i) (Lundberg and Lee 2017).
        double[] beta = [2.0, -1.0, 0.5];
        var model = new DelegateModel(Models.Features(3), x => (beta[0] * x[0]) + (beta[1] * x[1]) + (beta[2] * x[2]), ModelTask.Regression);
        var rows = Models.Matrix(3, [1.0, 2.0, 3.0]);
        var background = Models.Matrix(3, [0.0, 0.0, 0.0, 2.0, 4.0, -2.0]);

        var result = AttributionEngine.Explain(model, rows, background, AttributionMethod.Exact, AttributionOutput.Margin, null, null, null, CancellationToken.None);

        // Background means (1, 2, −1): φ = (2·0, −1·0, 0.5·4) = (0, 0, 2); base value = f(mean) = 2 − 2 − 0.5 = −0.5.
        Assert.Equal([0.0, 0.0, 2.0], result.Values.Select(v => Math.Round(v, 12)));
        Assert.Equal(-0.5, result.BaseValues[0], 12);
        Assert.Equal(1.5, result.Predictions[0], 12);
    }

    [Fact]
    public void Probability_output_of_a_classifier_is_explained()
    {
        var model = new DelegateModel(Models.Features(2), x => 1 / (1 + Math.Exp(-(x[0] - x[1]))));
        var rows = Models.Random(3, 2, seed: 5);
        var background = Models.Random(4, 2, seed: 6);

        var result = AttributionEngine.Explain(model, rows, background, AttributionMethod.Auto, AttributionOutput.Probability, null, null, null, CancellationToken.None);

        Assert.Equal(AttributionMethod.Exact, result.Method);
        Assert.True(result.MaxAdditivityError < 1e-12);
    }

    [Fact]
    public void Margin_of_a_model_without_margins_is_refused()
    {
        var model = new DelegateModel(Models.Features(2), x => 0.5);

        Assert.Throws<ArgumentException>(() => AttributionEngine.Explain(
            model, Models.Random(1, 2, 1), Models.Random(1, 2, 2), AttributionMethod.Exact, AttributionOutput.Margin, null, null, null, CancellationToken.None));
    }

    private static double Score(IAuditModel model, double[] x) =>
        model.Predict(Models.Matrix(x.Length, x), CancellationToken.None).Values.Span[0];
}
