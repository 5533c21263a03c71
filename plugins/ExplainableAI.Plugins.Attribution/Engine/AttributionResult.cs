namespace ExplainableAI.Plugins.Attribution;

/// <summary>Attributions of one model output for a set of rows.</summary>
/// <param name="Method">The method actually used (never <see cref="AttributionMethod.Auto"/>).</param>
/// <param name="FeatureNames">The features, in model order.</param>
/// <param name="RowCount">Number of explained rows.</param>
/// <param name="BaseValues">Per row, the base value (expected output).</param>
/// <param name="Predictions">Per row, the model's output that is explained.</param>
/// <param name="Values">Row-major attributions, rows × features.</param>
/// <param name="MaxAdditivityError">Largest |base value + Σ attributions − prediction| over the rows.</param>
/// <param name="StandardErrors">Row-major standard error per attribution for sampling methods; <see langword="null"/> for exact ones.</param>
public sealed record AttributionResult(
    AttributionMethod Method,
    IReadOnlyList<string> FeatureNames,
    int RowCount,
    double[] BaseValues,
    double[] Predictions,
    double[] Values,
    double MaxAdditivityError,
    double[]? StandardErrors)
{
    /// <summary>One attribution.</summary>
    /// <param name="row">Zero-based explained row.</param>
    /// <param name="feature">Zero-based feature.</param>
    /// <returns>The attribution.</returns>
    public double Value(int row, int feature) => Values[(row * FeatureNames.Count) + feature];
}
