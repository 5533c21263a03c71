namespace ExplainableAI.Sdk;

/// <summary>Attributions of one model output for a set of rows: for every row, base value + Σ attributions = prediction.</summary>
/// <param name="Method">The method actually used, as the explainer names it (never <c>auto</c>).</param>
/// <param name="FeatureNames">The features, in model order.</param>
/// <param name="RowCount">Number of explained rows.</param>
/// <param name="BaseValues">Per row, the base value (expected output).</param>
/// <param name="Predictions">Per row, the model's output that is explained.</param>
/// <param name="Values">Row-major attributions, rows × features.</param>
/// <param name="MaxAdditivityError">Largest |base value + Σ attributions − prediction| over the rows.</param>
public sealed record Explanation(
    string Method,
    IReadOnlyList<string> FeatureNames,
    int RowCount,
    IReadOnlyList<double> BaseValues,
    IReadOnlyList<double> Predictions,
    IReadOnlyList<double> Values,
    double MaxAdditivityError)
{
    /// <summary>One attribution.</summary>
    /// <param name="row">Zero-based explained row.</param>
    /// <param name="feature">Zero-based feature.</param>
    /// <returns>The attribution.</returns>
    public double Value(int row, int feature) => Values[(row * FeatureNames.Count) + feature];
}
