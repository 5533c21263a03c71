namespace ExplainableAI.Core;

/// <summary>
/// The regulatory position of the audited model: its EU AI Act risk tier derived from the declared facts, and how far
/// the audit's automated evidence reaches for each applicable requirement. It never states compliance.
/// </summary>
/// <param name="Tier">The tier (<c>undetermined</c>, <c>outOfScope</c>, <c>minimal</c>, <c>limited</c>, <c>high</c>, <c>unacceptable</c>).</param>
/// <param name="ProvisionalTier">The highest tier the rules that could run reached (equal to <paramref name="Tier"/> without issues).</param>
/// <param name="Regime">The legal regime the dates follow (<c>original</c> or <c>amendedByOmnibus</c>).</param>
/// <param name="Routes">The Art 6 routes taken (<c>article6Paragraph1</c>, <c>article6Paragraph2</c>, <c>derogation</c>).</param>
/// <param name="Flags">Flags to show beside the tier.</param>
/// <param name="AppliesFrom">The date the tier's main obligations apply from, if any.</param>
/// <param name="DecidingRules">The decision-table rules (<c>R0</c>…<c>R10</c>) that set the tier.</param>
/// <param name="Issues">Missing or contradictory declared facts; not empty exactly when the tier is undetermined.</param>
/// <param name="JapaneseDeviceClass">The Japanese PMD Act device class shown beside the tier, if declared.</param>
/// <param name="CatalogVersion">The requirement catalog version used.</param>
/// <param name="Coverage">One row per applicable requirement, gaps first.</param>
public sealed record RegulatoryRecord(
    string Tier,
    string ProvisionalTier,
    string Regime,
    IReadOnlyList<string> Routes,
    IReadOnlyList<string> Flags,
    DateOnly? AppliesFrom,
    IReadOnlyList<string> DecidingRules,
    IReadOnlyList<RegulatoryIssueRecord> Issues,
    JapaneseDeviceClassRecord? JapaneseDeviceClass,
    string CatalogVersion,
    IReadOnlyList<CoverageRowRecord> Coverage)
{
    /// <summary>
    /// The declared facts that decided the tier, as English noun phrases joined by <c>; </c> (for example
    /// <c>EU MDR class IIa device; the AI is the device software</c>); for an undetermined tier, the facts that are
    /// missing or contradictory. <see langword="null"/> in reports written before it existed.
    /// </summary>
    public string? DecidingFact { get; init; }

    /// <summary>The same facts in Japanese, joined by <c>、</c>.</summary>
    public string? DecidingFactJa { get; init; }

    /// <summary>What the deciding rules mean, in English sentences (for an undetermined tier: why no tier is given).</summary>
    public string? RuleSummary { get; init; }

    /// <summary>The same in Japanese sentences (である調).</summary>
    public string? RuleSummaryJa { get; init; }

    /// <summary>Every rule that fired, in evaluation order, with its legal basis, meaning and the facts it used.</summary>
    public IReadOnlyList<TierReasonRecord> Reasons { get; init; } = [];

    /// <summary>
    /// Every obligation group the declared facts trigger (for example the route's Chapter III date, Art 50 transparency
    /// stacked on a high-risk system, the Art 111(2) cut-off) with its date under both legal regimes.
    /// </summary>
    public IReadOnlyList<ObligationDateRecord> Dates { get; init; } = [];

    /// <summary>The device and use facts the tier was classified from; <see langword="null"/> in reports written before it existed.</summary>
    public DeclaredFactsRecord? DeclaredFacts { get; init; }
}
