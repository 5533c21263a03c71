namespace ExplainableAI.Regulatory;

/// <summary>Which requirements besides the tier's obligations the coverage matrix lists.</summary>
public sealed record CoverageScope
{
    /// <summary>The default: Japanese social principles and business guidelines, AIST MLQM and GMLP, with good practice.</summary>
    public static CoverageScope Default { get; } = new();

    /// <summary>Frameworks whose every requirement is listed as a principle.</summary>
    public IReadOnlyList<RequirementFramework> PrincipleFrameworks { get; init; } =
    [
        RequirementFramework.JpSocialPrinciples,
        RequirementFramework.JpAiGuidelinesForBusiness,
        RequirementFramework.JpAistMlqm,
        RequirementFramework.Gmlp,
    ];

    /// <summary>Whether Chapter III requirements are listed as good practice for a model that is not high risk.</summary>
    public bool IncludeGoodPractice { get; init; } = true;
}
