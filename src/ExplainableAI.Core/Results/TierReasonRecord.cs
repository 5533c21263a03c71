namespace ExplainableAI.Core;

/// <summary>A decision-table rule that fired: what it means and the declared facts it used.</summary>
/// <param name="Rule">The rule, <c>R0</c>…<c>R10</c> (with <c>R3b</c>, <c>R3c</c>).</param>
/// <param name="Deciding">Whether it set the tier (it is in <see cref="RegulatoryRecord.DecidingRules"/>); other rules add flags or requirements.</param>
/// <param name="Basis">The legal provision, for example <c>Art 6(1), Annex I</c>.</param>
/// <param name="BasisJa">The provision in Japanese statutory numbering, for example <c>第6条第1項、附属書I</c>.</param>
/// <param name="Summary">What the rule means, in one English sentence.</param>
/// <param name="SummaryJa">The same in Japanese.</param>
/// <param name="Facts">The declared facts it used.</param>
public sealed record TierReasonRecord(
    string Rule,
    bool Deciding,
    string Basis,
    string BasisJa,
    string Summary,
    string SummaryJa,
    IReadOnlyList<TierFactRecord> Facts);
