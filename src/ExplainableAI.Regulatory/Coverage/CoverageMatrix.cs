namespace ExplainableAI.Regulatory;

/// <summary>Which requirements an audit's automated evidence reaches, gaps first.</summary>
/// <param name="CatalogVersion">The catalog version used.</param>
/// <param name="Tier">The tier the obligations follow from.</param>
/// <param name="Regime">The legal regime selected.</param>
/// <param name="Rows">One row per applicable requirement: manual evidence needed first, then partially covered, then covered.</param>
/// <param name="UnknownRequirements">Requirement IDs the report's rules cite that the catalog does not know (a defect to fix).</param>
public sealed record CoverageMatrix(
    string CatalogVersion,
    RiskTier Tier,
    LegalRegime Regime,
    IReadOnlyList<RequirementCoverage> Rows,
    IReadOnlyList<UnknownRequirement> UnknownRequirements)
{
    /// <summary>How many rows have a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Count(CoverageStatus status) => Rows.Count(r => r.Status == status);
}
