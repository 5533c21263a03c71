using ExplainableAI.Sdk;

namespace ExplainableAI.Regulatory;

/// <summary>The catalog's check-family tokens (§0.2) and their SDK families.</summary>
public static class FamilyTokens
{
    /// <summary>Every token, in catalog order.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["explanation", "fairness", "drift", "robustness", "performance", "calibration", "data-quality", "privacy", "documentation"];

    /// <summary>The SDK family whose checks give evidence for a token.</summary>
    /// <param name="token">A catalog family token.</param>
    /// <returns>The family.</returns>
    /// <exception cref="ArgumentException">The token is not a catalog family.</exception>
    public static CheckFamily ToCheckFamily(string token) => token switch
    {
        "explanation" => CheckFamily.Attribution,
        "fairness" => CheckFamily.Fairness,
        "drift" => CheckFamily.Drift,
        "robustness" => CheckFamily.Robustness,
        "performance" or "calibration" => CheckFamily.Performance,
        "data-quality" => CheckFamily.DataQuality,
        "privacy" => CheckFamily.Privacy,
        "documentation" => CheckFamily.Governance,
        _ => throw new ArgumentException($"'{token}' is not a catalog check family.", nameof(token)),
    };
}
