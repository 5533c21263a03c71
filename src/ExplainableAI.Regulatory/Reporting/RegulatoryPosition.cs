using ExplainableAI.Core;

namespace ExplainableAI.Regulatory;

/// <summary>
/// The second step of an audit's pipeline (engine, regulatory position, report, exporters): the EU AI Act tier from the
/// declared facts (undetermined, with the missing facts listed, when they are not declared) and the coverage of the
/// applicable requirements by the audit's automated evidence.
/// </summary>
public static class RegulatoryPosition
{
    /// <summary>Assesses the position of an audited model.</summary>
    /// <param name="declared">The registration's declared facts and legal regime (<see cref="RegistrationFacts.Read"/>).</param>
    /// <param name="result">What the engine found.</param>
    /// <param name="catalog">The requirement catalog; the shipped one (<see cref="RequirementCatalog.LoadDefault"/>) when omitted.</param>
    /// <returns>The report's regulatory section.</returns>
    public static RegulatoryRecord Assess(DeclaredFactsFile declared, AuditResult result, RequirementCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(result);
        var tier = RiskTierClassifier.Classify(declared.Facts, declared.Regime ?? LegalRegime.Original);
        var coverage = CoverageCalculator.Compute(tier, catalog ?? RequirementCatalog.LoadDefault(), result);
        return RegulatoryRecords.Create(tier, coverage);
    }
}
