using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>Checks that a <see cref="FeatureMatrix"/> fits a model before any runtime sees it.</summary>
internal static class ModelInput
{
    /// <summary>Throws when the matrix's features are not the model's (a programmer error).</summary>
    /// <param name="input">The rows.</param>
    /// <param name="features">The model's features.</param>
    public static void Check(FeatureMatrix input, IReadOnlyList<ModelFeature> features)
    {
        if (input.Features.Count != features.Count)
        {
            throw new ArgumentException($"The matrix has {input.Features.Count} features; the model expects {features.Count}.", nameof(input));
        }

        for (var f = 0; f < features.Count; f++)
        {
            if (!string.Equals(input.Features[f].Name, features[f].Name, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Feature {f} is '{input.Features[f].Name}'; the model expects '{features[f].Name}'.", nameof(input));
            }
        }
    }
}
