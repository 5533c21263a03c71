namespace ExplainableAI.Regulatory;

/// <summary>When a set of obligations starts applying, under both legal regimes (catalog §1.1).</summary>
/// <param name="Key">A stable key for the obligation group (<c>highRiskProductRoute</c>, <c>transparency</c>…), for report.json and the
/// report's translated labels.</param>
/// <param name="Obligation">What applies (for example <c>Chapter III high-risk requirements (Art 6(1) route)</c>).</param>
/// <param name="Original">The date under Regulation (EU) 2024/1689 as published, if it exists there.</param>
/// <param name="OriginalDateId">The catalog date ID for <paramref name="Original"/>.</param>
/// <param name="Amended">The date under the amended regime (secondary-sourced), if it exists there.</param>
/// <param name="AmendedDateId">The catalog date ID for <paramref name="Amended"/>.</param>
public sealed record ObligationDate(string Key, string Obligation, DateOnly? Original, string? OriginalDateId, DateOnly? Amended, string? AmendedDateId)
{
    /// <summary>The date under a regime.</summary>
    /// <param name="regime">The legal regime.</param>
    /// <returns>The date, or <see langword="null"/> when the obligation does not exist under that regime.</returns>
    public DateOnly? In(LegalRegime regime) => regime == LegalRegime.Original ? Original : Amended;

    /// <summary>The catalog date ID under a regime.</summary>
    /// <param name="regime">The legal regime.</param>
    /// <returns>The ID, or <see langword="null"/>.</returns>
    public string? DateIdIn(LegalRegime regime) => regime == LegalRegime.Original ? OriginalDateId : AmendedDateId;
}
