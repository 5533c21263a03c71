using ExplainableAI.Sdk;

namespace ExplainableAI.Core.Tests;

/// <summary>The SDK's <see cref="Predictions"/>: what writers and checks may trust about its shape.</summary>
public sealed class PredictionsTests
{
    [Theory]
    [InlineData(ModelTask.BinaryClassification)]
    [InlineData(ModelTask.Regression)]
    public void Predictions_without_margins_have_no_margins(ModelTask task)
    {
        // A regression test: an empty but present Margins made `xai predict` write a margin column and read past its end.
        var predictions = new Predictions(task, 2, ["probability"], [0.25, 0.75]);

        Assert.Null(predictions.Margins);
    }

    [Fact]
    public void Predictions_with_margins_keep_them()
    {
        var predictions = new Predictions(ModelTask.BinaryClassification, 2, ["probability"], [0.25, 0.75], [-1.0, 1.0]);

        Assert.Equal([-1.0, 1.0], predictions.Margins!.Value.ToArray());
    }
}
