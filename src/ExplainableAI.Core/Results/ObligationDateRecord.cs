namespace ExplainableAI.Core;

/// <summary>When one group of obligations starts applying, under both legal regimes (catalog §1.1 asks for both).</summary>
/// <param name="Obligation">The group's key, for example <c>highRiskProductRoute</c>, <c>transparency</c> or <c>legacyCutOff</c>.</param>
/// <param name="Text">What applies, in English.</param>
/// <param name="Original">The date under Regulation (EU) 2024/1689 as published (verified), if the obligation exists there.</param>
/// <param name="OriginalDateId">The catalog date ID of <paramref name="Original"/>.</param>
/// <param name="Amended">The date as amended by the Digital Omnibus (secondary sources), if the obligation exists there.</param>
/// <param name="AmendedDateId">The catalog date ID of <paramref name="Amended"/>.</param>
public sealed record ObligationDateRecord(string Obligation, string Text, DateOnly? Original, string? OriginalDateId, DateOnly? Amended, string? AmendedDateId);
