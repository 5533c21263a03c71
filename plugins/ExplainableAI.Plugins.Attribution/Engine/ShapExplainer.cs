using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The attribution engine offered to the host as a service (<see cref="IExplainer"/>), which <c>xai explain</c> finds
/// among the loaded plugins: SHAP values by <see cref="AttributionEngine"/>, with its method names as users type them.
/// </summary>
[Explainer]
public sealed class ShapExplainer : IExplainer
{
    private static readonly (string Name, AttributionMethod Method)[] Named =
    [
        ("auto", AttributionMethod.Auto),
        ("exact", AttributionMethod.Exact),
        ("kernel", AttributionMethod.Kernel),
        ("permutation", AttributionMethod.Permutation),
        ("tree-path", AttributionMethod.TreePathDependent),
        ("tree-interventional", AttributionMethod.TreeInterventional),
        ("linear", AttributionMethod.Linear),
    ];

    /// <inheritdoc />
    public IReadOnlyList<string> Methods { get; } = [.. Named.Select(n => n.Name)];

    /// <inheritdoc />
    public Explanation Explain(ExplanationRequest request, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = Array.Find(Named, n => string.Equals(n.Name, request.Method, StringComparison.Ordinal));
        if (method.Name is null)
        {
            throw new ArgumentException($"expected one of {string.Join(", ", Methods)}, got '{request.Method}'", nameof(request));
        }

        var result = AttributionEngine.Explain(
            request.Model,
            request.Rows,
            request.Background,
            method.Method,
            request.Probability ? AttributionOutput.Probability : AttributionOutput.Margin,
            request.ClassIndex,
            AttributionSettings.Default with { Seed = request.Seed },
            progress,
            cancellationToken);
        return new Explanation(result.Method.ToString(), result.FeatureNames, result.RowCount, result.BaseValues, result.Predictions, result.Values, result.MaxAdditivityError);
    }
}
