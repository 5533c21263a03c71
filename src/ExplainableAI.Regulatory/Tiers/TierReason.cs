namespace ExplainableAI.Regulatory;

/// <summary>A decision-table rule that fired, what it means and the declared facts that made it fire.</summary>
/// <param name="Rule">The rule (<c>R0</c>…<c>R10</c>, <c>R3b</c>, <c>R3c</c>).</param>
/// <param name="Deciding">Whether the rule set the tier (one of <see cref="RiskTierResult.DecidingRules"/>); other rules add flags or requirements.</param>
/// <param name="Basis">The legal provision the rule applies, for example <c>Art 6(1)</c>.</param>
/// <param name="BasisJa">The provision in Japanese statutory numbering, for example <c>第6条第1項</c>.</param>
/// <param name="Summary">What the rule means, in one English sentence.</param>
/// <param name="SummaryJa">The same sentence in Japanese (である調).</param>
/// <param name="Facts">The declared facts the rule used, in the order it read them.</param>
public sealed record TierReason(
    string Rule,
    bool Deciding,
    string Basis,
    string BasisJa,
    string Summary,
    string SummaryJa,
    IReadOnlyList<TierFact> Facts);
