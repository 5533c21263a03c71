using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>
/// Our LightGBM text-model adapter and TreeSHAP against LightGBM 4.7.0 itself (native library, models trained at test time):
/// predictions and raw scores to 1e-6, and path-dependent TreeSHAP on our parsed trees against LightGBM's pred_contrib to 1e-6.
/// </summary>
public sealed class LightGbmReferenceTests : IDisposable
{
    private const double Tolerance = 1e-6;

    private readonly string folder = Directory.CreateTempSubdirectory("xai-lgb-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [MemberData(nameof(LightGbmReference.Objectives), MemberType = typeof(LightGbmReference))]
    public void Predictions_equal_lightgbm_including_missing_values(string objective)
    {
        var reference = LightGbmReference.Train(objective, folder);
        var missingTypes = File.ReadLines(reference.Path).Where(l => l.StartsWith("decision_type=", StringComparison.Ordinal))
            .SelectMany(l => l["decision_type=".Length..].Split(' ')).Select(d => (int.Parse(d, CultureInfo.InvariantCulture) >> 2) & 3).ToHashSet();

        var predictions = reference.Model.Predict(reference.Rows, CancellationToken.None);

        var values = predictions.Values.Span;
        Assert.Equal(reference.Normal.Length, values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(reference.Normal[i], values[i], Tolerance);
        }

        // Both missing-value rules are exercised: NaN (default side learnt) and None (NaN read as 0).
        Assert.Contains(0, missingTypes);
        Assert.Contains(2, missingTypes);
        if (objective != "regression")
        {
            var margins = predictions.Margins!.Value.Span;
            for (var i = 0; i < margins.Length; i++)
            {
                Assert.Equal(reference.Raw[i], margins[i], Tolerance);
            }
        }
    }

    [Theory]
    [MemberData(nameof(LightGbmReference.Objectives), MemberType = typeof(LightGbmReference))]
    public void Path_dependent_tree_shap_equals_lightgbm_pred_contrib(string objective)
    {
        var reference = LightGbmReference.Train(objective, folder);
        var model = reference.Model;
        var width = LightGbmReference.Width;
        Assert.IsAssignableFrom<ITreeEnsembleModel>(model);

        for (var k = 0; k < reference.Classes; k++)
        {
            var result = AttributionEngine.Explain(
                model, reference.Rows, null, AttributionMethod.TreePathDependent, AttributionOutput.Margin, k, null, null, CancellationToken.None);

            Assert.True(result.MaxAdditivityError < 1e-9, $"additivity error {result.MaxAdditivityError}");
            for (var r = 0; r < result.RowCount; r++)
            {
                var expected = reference.Contributions.AsSpan(((r * reference.Classes) + k) * (width + 1), width + 1);
                for (var f = 0; f < width; f++)
                {
                    Assert.Equal(expected[f], result.Value(r, f), Tolerance);
                }

                Assert.Equal(expected[width], result.BaseValues[r], Tolerance);
            }
        }
    }
}
