namespace ExplainableAI.Regulatory;

/// <summary>The application dates of catalog §1.1 (original: V; amended by Regulation (EU) 2026/1744: S).</summary>
internal static class ApplicationDates
{
    private static readonly DateOnly ChaptersOneTwo = new(2025, 2, 2);
    private static readonly DateOnly General = new(2026, 8, 2);
    private static readonly DateOnly Article6Paragraph1 = new(2027, 8, 2);
    private static readonly DateOnly OmnibusAnnexIII = new(2027, 12, 2);
    private static readonly DateOnly OmnibusAnnexI = new(2028, 8, 2);
    private static readonly DateOnly OmnibusNewProhibitions = new(2026, 12, 2);
    private static readonly DateOnly OmnibusArticle50Paragraph2 = new(2026, 12, 2);

    public static ObligationDate Prohibitions { get; } =
        new("prohibitions", "Art 5 prohibitions (a)–(h)", ChaptersOneTwo, "EU-AIA-DATE-CH1-2", ChaptersOneTwo, "EU-AIA-DATE-CH1-2");

    public static ObligationDate OmnibusProhibitions { get; } =
        new("omnibusProhibitions", "Art 5(1)(ba)/(bb) prohibitions (amended text only)", null, null, OmnibusNewProhibitions, "EU-AIA-DATE-OMNI-ART5-NEW");

    public static ObligationDate AiLiteracy { get; } =
        new("aiLiteracy", "Art 4 AI literacy", ChaptersOneTwo, "EU-AIA-DATE-CH1-2", ChaptersOneTwo, "EU-AIA-DATE-CH1-2");

    public static ObligationDate HighRiskProductRoute { get; } =
        new("highRiskProductRoute", "Chapter III high-risk requirements, Art 6(1) route", Article6Paragraph1, "EU-AIA-DATE-ART6-1", OmnibusAnnexI, "EU-AIA-DATE-OMNI-ANNEX1");

    public static ObligationDate HighRiskUseCaseRoute { get; } =
        new("highRiskUseCaseRoute", "Chapter III high-risk requirements, Art 6(2) route", General, "EU-AIA-DATE-GENERAL", OmnibusAnnexIII, "EU-AIA-DATE-OMNI-ANNEX3");

    public static ObligationDate Derogation { get; } =
        new("derogation", "Art 6(4) derogation documentation and Art 49(2) registration", General, "EU-AIA-DATE-GENERAL", OmnibusAnnexIII, "EU-AIA-DATE-OMNI-ANNEX3");

    public static ObligationDate Transparency { get; } =
        new("transparency", "Art 50 transparency duties", General, "EU-AIA-DATE-GENERAL", General, "EU-AIA-DATE-GENERAL");

    public static ObligationDate LegacyGenerativeMarking { get; } =
        new("legacyGenerativeMarking", "Art 50(2) marking for a generative system placed on the market before 2026-08-02", General, "EU-AIA-DATE-GENERAL", OmnibusArticle50Paragraph2, "EU-AIA-DATE-OMNI-ART50-2");

    public static DateOnly GeneralApplication => General;

    /// <summary>
    /// The Art 111(2) cut-off for a high-risk system: placed on the market before it, the system is caught only after a
    /// significant design change. As published (V) the cut-off is 2 August 2026 for every high-risk system, whatever its
    /// route — not the later Art 6(1) application date. The Omnibus wording (S) ties it to the route's Chapter III date.
    /// </summary>
    /// <param name="route">The route's Chapter III date (<see cref="HighRiskProductRoute"/> or <see cref="HighRiskUseCaseRoute"/>).</param>
    /// <returns>The cut-off under both regimes.</returns>
    public static ObligationDate LegacyCutOff(ObligationDate route) =>
        new("legacyCutOff", "Art 111(2) legacy cut-off: high-risk systems placed on the market before this date", General, "EU-AIA-DATE-GENERAL", route.Amended, route.AmendedDateId);
}
