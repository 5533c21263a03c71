namespace ExplainableAI.Sdk;

/// <summary>
/// A service a plugin offers the host: per-row feature attributions of a model's output (SHAP values), which
/// <c>xai explain</c> writes as CSV. The host finds explainers the way it finds model adapters: a plugin marks a public
/// class with <see cref="ExplainerAttribute"/>, so the command line reaches attribution through whichever plugin
/// provides it and never references a plugin as a library.
/// </summary>
public interface IExplainer
{
    /// <summary>
    /// The method names this explainer accepts in <see cref="ExplanationRequest.Method"/>, as users type them
    /// (such as <c>auto</c>, <c>exact</c>, <c>tree-path</c>); the first is the default.
    /// </summary>
    IReadOnlyList<string> Methods { get; }

    /// <summary>Explains rows of a model.</summary>
    /// <param name="request">The model, the rows, the background and the method.</param>
    /// <param name="progress">Receives the fraction done, from 0 to 1.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The attributions of every row.</returns>
    /// <exception cref="ArgumentException">The method is not one of <see cref="Methods"/> or does not fit the model or the output.</exception>
    Explanation Explain(ExplanationRequest request, IProgress<double>? progress, CancellationToken cancellationToken);
}
