using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Closed-form interventional SHAP values of a linear margin f(x) = b + Σ wᵢxᵢ against a background B: v(S) = mean over B of
/// f(x_S, b_notS) = b + Σ_{i∈S} wᵢxᵢ + Σ_{i∉S} wᵢ·mean(Bᵢ) is additive in the features, so φᵢ = wᵢ(xᵢ − mean(Bᵢ)) exactly and the
/// base value is b + Σ wᵢ·mean(Bᵢ) (Lundberg and Lee 2017, linear SHAP with independent features). O(d) per row.
/// </summary>
internal static class LinearShap
{
    /// <summary>Attributions (rows × features) and the base value.</summary>
    public static (double[] Values, double BaseValue) Explain(
        ILinearModel model, FeatureMatrix rows, FeatureMatrix background, CancellationToken cancellationToken)
    {
        var width = model.Features.Count;
        if (model.Weights.Count != width)
        {
            throw new ArgumentException($"The model has {model.Weights.Count} weights for {width} features.", nameof(model));
        }

        var means = new double[width];
        for (var r = 0; r < background.RowCount; r++)
        {
            var row = background.Row(r);
            for (var f = 0; f < width; f++)
            {
                means[f] += row[f];
            }
        }

        var baseValue = model.Bias;
        for (var f = 0; f < width; f++)
        {
            means[f] /= background.RowCount;
            baseValue += model.Weights[f] * means[f];
        }

        var values = new double[rows.RowCount * width];
        for (var r = 0; r < rows.RowCount; r++)
        {
            if ((r & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var x = rows.Row(r);
            for (var f = 0; f < width; f++)
            {
                values[(r * width) + f] = model.Weights[f] * (x[f] - means[f]);
            }
        }

        return (values, baseValue);
    }
}
