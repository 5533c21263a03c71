namespace ExplainableAI.Regulatory.Tests;

/// <summary>
/// The tier cases of issue #14 written from rules R0–R10 and the text of Regulation (EU) 2024/1689 before they were run:
/// the Art 111(2) cut-off under each regime, device-only obligations, undetermined tiers and what decided a tier.
/// </summary>
public sealed class PositionCorrectionTests
{
    [Theory]
    [InlineData(2026, 7, 1, LegalRegime.Original, true)]
    [InlineData(2026, 9, 1, LegalRegime.Original, false)]
    [InlineData(2027, 6, 1, LegalRegime.AmendedByOmnibus, true)]
    [InlineData(2027, 12, 2, LegalRegime.AmendedByOmnibus, false)]
    public void R10_an_Annex_III_system_is_legacy_before_2026_08_02_or_before_2027_12_02_under_the_Omnibus(int y, int m, int d, LegalRegime regime, bool legacy)
    {
        var r = RiskTierClassifier.Classify(Facts.AnnexIII("5d") with { PlacedOnMarketDate = new DateOnly(y, m, d) }, regime);
        Assert.Equal(legacy, r.Flags.Contains(TierFlag.Legacy));
    }

    [Fact]
    public void R10_names_the_cut_off_date_of_the_selected_regime_and_dates_it_under_both()
    {
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.III) with { PlacedOnMarketDate = new DateOnly(2025, 1, 1) }, LegalRegime.Original);
        Assert.Contains(r.Reasons.Single(x => x.Rule == "R10").Facts, f => f.Text == "placed on the market on 2025-01-01, before 2026-08-02");
        var cutOff = Assert.Single(r.Dates, d => d.Key == "legacyCutOff");
        Assert.Equal((new DateOnly(2026, 8, 2), new DateOnly(2028, 8, 2)), (cutOff.Original, cutOff.Amended));
    }

    [Fact]
    public void Art_11_2_and_72_4_are_not_obligations_of_an_Art_6_2_only_system()
    {
        var r = RiskTierClassifier.Classify(Facts.AnnexIII("5d"), LegalRegime.Original);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.DoesNotContain("EU-AIA-ART11-2", r.RequirementIds);
        Assert.DoesNotContain("EU-AIA-ART72-4", r.RequirementIds);
        Assert.Contains("EU-AIA-ART11-1", r.RequirementIds);
        Assert.Contains("EU-AIA-ART72-1", r.RequirementIds);
    }

    [Fact]
    public void Art_11_2_and_72_4_are_obligations_of_a_device_on_both_routes()
    {
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa) with { AnnexIIIPoints = ["5d"] }, LegalRegime.Original);
        Assert.Contains("EU-AIA-ART11-2", r.RequirementIds);
        Assert.Contains("EU-AIA-ART72-4", r.RequirementIds);
    }

    [Fact]
    public void Device_only_obligations_are_not_good_practice_for_a_system_that_is_not_a_device()
    {
        var r = RiskTierClassifier.Classify(Facts.Minimal, LegalRegime.Original);
        Assert.DoesNotContain("EU-AIA-ART11-2", r.GoodPracticeIds);
        Assert.DoesNotContain("EU-AIA-ART72-4", r.GoodPracticeIds);
    }

    [Fact]
    public void An_undetermined_tier_lists_chapter_III_as_possible_obligations_never_as_good_practice()
    {
        // The profiling fact is missing: R4 cannot run, so the rules that could run reach only minimal risk.
        var r = RiskTierClassifier.Classify(Facts.AnnexIII("5d") with { ProfilesNaturalPersons = null }, LegalRegime.Original);
        Assert.Equal(RiskTier.Undetermined, r.Tier);
        Assert.Equal(RiskTier.Minimal, r.ProvisionalTier);
        Assert.Empty(r.GoodPracticeIds);
        Assert.Contains("EU-AIA-ART9-1", r.PossibleObligationIds);
        Assert.Contains("EU-AIA-ART17-1", r.PossibleObligationIds);
        Assert.DoesNotContain("EU-AIA-ART9-1", r.RequirementIds);
        Assert.DoesNotContain("EU-AIA-ART11-2", r.PossibleObligationIds); // declared not a device
    }

    [Fact]
    public void A_provisionally_high_tier_that_is_undetermined_does_not_list_chapter_III_as_settled_obligations()
    {
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa) with { InteractsWithPersons = true, AiNatureObvious = null }, LegalRegime.Original);
        Assert.Equal(RiskTier.Undetermined, r.Tier);
        Assert.Equal(RiskTier.High, r.ProvisionalTier);
        Assert.DoesNotContain("EU-AIA-ART9-1", r.RequirementIds);
        Assert.DoesNotContain("EU-AIA-TIER-HIGH", r.RequirementIds);
        Assert.Contains("EU-AIA-ART9-1", r.PossibleObligationIds);
        Assert.Contains("EU-AIA-ART11-2", r.PossibleObligationIds);
    }

    [Fact]
    public void The_tier_sentence_names_the_Annex_III_point_and_what_it_covers()
    {
        var e = TierExplanation.For(RiskTierClassifier.Classify(Facts.AnnexIII("5d"), LegalRegime.Original));
        Assert.Contains("Annex III point 5(d) use: emergency call triage and dispatch, incl. emergency healthcare patient triage", e.DecidingFact, StringComparison.Ordinal);
        Assert.Contains("附属書III第5項(d)の用途：緊急通報の評価・分類及び出動指令（救急医療における患者トリアージを含む）", e.DecidingFactJa, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tier_sentence_names_the_device_class_even_when_the_Annex_III_route_decided()
    {
        var e = TierExplanation.For(RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.I) with { AnnexIIIPoints = ["5d"] }, LegalRegime.Original));
        Assert.Contains("5(d)", e.DecidingFact, StringComparison.Ordinal);
        Assert.Contains("EU MDR class I device (no notified body)", e.DecidingFact, StringComparison.Ordinal);
        Assert.Contains("EU MDR上のクラスIの医療機器", e.DecidingFactJa, StringComparison.Ordinal);
    }

    [Fact]
    public void Transparency_duties_on_a_high_risk_system_carry_their_own_date()
    {
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa) with { InteractsWithPersons = true, AiNatureObvious = false }, LegalRegime.AmendedByOmnibus);
        Assert.Equal(RiskTier.High, r.Tier);
        var art50 = Assert.Single(r.Dates, d => d.Key == "transparency");
        Assert.Equal((new DateOnly(2026, 8, 2), new DateOnly(2026, 8, 2)), (art50.Original, art50.Amended));
        Assert.Equal(new DateOnly(2028, 8, 2), r.AppliesFrom);
    }

    [Fact]
    public void The_military_exclusion_is_re_checked_on_civilian_use()
    {
        var r = RiskTierClassifier.Classify(Facts.Minimal with { Exclusion = AiActExclusion.MilitaryNationalSecurity }, LegalRegime.Original);
        Assert.Equal(RiskTier.OutOfScope, r.Tier);
        Assert.Equal([TierFlag.ReclassifyOnCivilianUse], r.Flags);
        var research = RiskTierClassifier.Classify(Facts.Minimal with { Exclusion = AiActExclusion.ResearchOnly }, LegalRegime.Original);
        Assert.Equal([TierFlag.ReclassifyBeforeUse], research.Flags);
    }
}
