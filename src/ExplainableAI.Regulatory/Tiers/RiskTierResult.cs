namespace ExplainableAI.Regulatory;

/// <summary>The EU AI Act risk tier of a model, the rules that decided it, and what follows from it.</summary>
/// <param name="Tier">The tier; <see cref="RiskTier.Undetermined"/> when <paramref name="Issues"/> is not empty.</param>
/// <param name="ProvisionalTier">The highest tier the rules that could be evaluated reached (equal to <paramref name="Tier"/> without issues).</param>
/// <param name="Regime">The legal regime the caller selected.</param>
/// <param name="Routes">The Art 6 routes taken (6(1), 6(2), derogation).</param>
/// <param name="Flags">Flags to show beside the tier (Art 50 transparency, legacy, legal review…).</param>
/// <param name="AppliesFrom">The date the tier's main obligations apply from under <paramref name="Regime"/>, if any.</param>
/// <param name="Dates">Every obligation's dates under both regimes.</param>
/// <param name="RequirementIds">Catalog IDs that are obligations for this tier, in a stable order.</param>
/// <param name="GoodPracticeIds">Chapter III IDs shown as good practice (not legally required) when the tier is decided and not high.</param>
/// <param name="DecidingRules">The rules (<c>R0</c>…<c>R10</c>) that set the tier.</param>
/// <param name="FiredRules">Every rule whose condition held, in evaluation order.</param>
/// <param name="Issues">Missing or contradictory facts.</param>
/// <param name="JapaneseDeviceClass">The Japanese PMD Act device class shown beside the tier, if declared.</param>
public sealed record RiskTierResult(
    RiskTier Tier,
    RiskTier ProvisionalTier,
    LegalRegime Regime,
    IReadOnlyList<ClassificationRoute> Routes,
    IReadOnlyList<TierFlag> Flags,
    DateOnly? AppliesFrom,
    IReadOnlyList<ObligationDate> Dates,
    IReadOnlyList<string> RequirementIds,
    IReadOnlyList<string> GoodPracticeIds,
    IReadOnlyList<string> DecidingRules,
    IReadOnlyList<string> FiredRules,
    IReadOnlyList<TierIssue> Issues,
    JapaneseDeviceClassification? JapaneseDeviceClass)
{
    /// <summary>Every fired rule (in <see cref="FiredRules"/> order) with its meaning and the declared facts it used, in words.</summary>
    public IReadOnlyList<TierReason> Reasons { get; init; } = [];

    /// <summary>
    /// Chapter III IDs that may be a legal obligation while the tier is <see cref="RiskTier.Undetermined"/>: neither
    /// settled obligations nor good practice until the missing or contradictory facts are resolved. Empty for a decided tier.
    /// </summary>
    public IReadOnlyList<string> PossibleObligationIds { get; init; } = [];

    /// <summary>The declared facts the tier was classified from (for the report's statement of what was declared).</summary>
    public DeclaredFacts Facts { get; init; } = new();
}
