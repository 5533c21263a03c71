namespace ExplainableAI.Regulatory.Tests;

/// <summary>Rules R0–R10 of catalog §5.2, case by case.</summary>
public sealed class DecisionRuleTests
{
    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void R0_not_an_AI_system_or_no_EU_nexus_is_out_of_scope_and_stops(bool isAi, bool nexus)
    {
        // Everything else undeclared: R0 stops before any other fact is needed, so there are no issues.
        var r = RiskTierClassifier.Classify(new DeclaredFacts { IsAiSystem = isAi, EuNexus = nexus }, LegalRegime.Original);
        Assert.Equal(RiskTier.OutOfScope, r.Tier);
        Assert.Equal(["R0"], r.FiredRules);
        Assert.Equal([TierFlag.RecheckOnMarketExpansion], r.Flags);
        Assert.Empty(r.Issues);
    }

    [Theory]
    [InlineData(AiActExclusion.ResearchOnly)]
    [InlineData(AiActExclusion.PreMarketResearchAndDevelopment)]
    [InlineData(AiActExclusion.MilitaryNationalSecurity)]
    public void R1_art_2_exclusions_are_out_of_scope_with_the_reason_recorded(AiActExclusion exclusion)
    {
        var r = RiskTierClassifier.Classify(
            new DeclaredFacts { IsAiSystem = true, EuNexus = true, Exclusion = exclusion }, LegalRegime.Original);
        Assert.Equal(RiskTier.OutOfScope, r.Tier);
        Assert.Equal(["R1"], r.FiredRules);
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void R1_does_not_list_the_personal_use_exclusion_so_a_provider_stays_in_scope_with_a_flag()
    {
        var r = RiskTierClassifier.Classify(Facts.Minimal with { Exclusion = AiActExclusion.PersonalNonProfessional }, LegalRegime.Original);
        Assert.Equal(RiskTier.Minimal, r.Tier);
        Assert.Contains(TierFlag.DeployerOnlyExclusion, r.Flags);
    }

    [Theory]
    [InlineData(ProhibitedPractice.A)]
    [InlineData(ProhibitedPractice.B)]
    [InlineData(ProhibitedPractice.C)]
    [InlineData(ProhibitedPractice.D)]
    [InlineData(ProhibitedPractice.E)]
    [InlineData(ProhibitedPractice.G)]
    [InlineData(ProhibitedPractice.H)]
    public void R2_a_prohibited_practice_is_unacceptable_and_stops(ProhibitedPractice use)
    {
        // A device that would be high via R3: R2 stops first.
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.III) with { ProhibitedUses = Facts.Uses(use) }, LegalRegime.Original);
        Assert.Equal(RiskTier.Unacceptable, r.Tier);
        Assert.Equal(["R2"], r.FiredRules);
        Assert.Equal(["EU-AIA-ART5-1" + use, "EU-AIA-TIER-UNACCEPTABLE"], r.RequirementIds);
        Assert.Empty(r.Routes);
    }

    [Theory]
    [InlineData(EmotionInferenceContext.Workplace, false, true)]
    [InlineData(EmotionInferenceContext.Education, false, true)]
    [InlineData(EmotionInferenceContext.Workplace, true, false)]
    [InlineData(EmotionInferenceContext.Education, true, false)]
    [InlineData(EmotionInferenceContext.Other, false, false)]
    public void R2_emotion_inference_is_prohibited_only_at_work_or_school_without_a_medical_or_safety_reason(
        EmotionInferenceContext context, bool medicalReason, bool prohibited)
    {
        var facts = Facts.Minimal with { ProhibitedUses = Facts.Uses(ProhibitedPractice.F), EmotionInferenceContext = context, MedicalOrSafetyReason = medicalReason };
        var r = RiskTierClassifier.Classify(facts, LegalRegime.Original);
        Assert.Equal(prohibited ? RiskTier.Unacceptable : RiskTier.Limited, r.Tier); // Limited: the emotion inference triggers Art 50(3)
    }

    [Fact]
    public void R2_omnibus_prohibitions_apply_only_under_the_amended_regime()
    {
        var facts = Facts.Minimal with { ProhibitedUses = Facts.Uses(ProhibitedPractice.BA) };
        var amended = RiskTierClassifier.Classify(facts, LegalRegime.AmendedByOmnibus);
        Assert.Equal(RiskTier.Unacceptable, amended.Tier);
        Assert.Equal(new DateOnly(2026, 12, 2), amended.AppliesFrom);
        Assert.Contains("EU-AIA-ART5-1BA", amended.RequirementIds);

        var original = RiskTierClassifier.Classify(facts, LegalRegime.Original);
        Assert.Equal(RiskTier.Minimal, original.Tier);
        Assert.Contains(TierFlag.OmnibusOnlyProhibition, original.Flags);
    }

    [Theory]
    [InlineData(MdrClass.ISterileMeasuringReusable, "EU-MDCG-2025-6-MDR-I-SMR")]
    [InlineData(MdrClass.IIa, "EU-MDCG-2025-6-MDR-IIA-III")]
    [InlineData(MdrClass.IIb, "EU-MDCG-2025-6-MDR-IIA-III")]
    [InlineData(MdrClass.III, "EU-MDCG-2025-6-MDR-IIA-III")]
    [InlineData(MdrClass.AnnexXviNotifiedBody, "EU-MDCG-2025-6-MDR-XVI")]
    public void R3_MDR_classes_with_a_notified_body_are_high_via_6_1(MdrClass mdrClass, string mdcgRow)
    {
        foreach (var role in new[] { DeviceRole.IsTheDevice, DeviceRole.SafetyComponent })
        {
            var r = RiskTierClassifier.Classify(Facts.MdrDevice(mdrClass, role), LegalRegime.Original);
            Assert.Equal(RiskTier.High, r.Tier);
            Assert.Equal([ClassificationRoute.Article6Paragraph1], r.Routes);
            Assert.Equal(["EU-AIA-ART6-1", mdcgRow], r.RequirementIds.Take(2));
        }
    }

    [Theory]
    [InlineData(IvdrClass.ASterile, "EU-MDCG-2025-6-IVDR-A-STERILE")]
    [InlineData(IvdrClass.B, "EU-MDCG-2025-6-IVDR-BCD")]
    [InlineData(IvdrClass.C, "EU-MDCG-2025-6-IVDR-BCD")]
    [InlineData(IvdrClass.D, "EU-MDCG-2025-6-IVDR-BCD")]
    public void R3_IVDR_classes_with_a_notified_body_are_high_via_6_1(IvdrClass ivdrClass, string mdcgRow)
    {
        var r = RiskTierClassifier.Classify(Facts.IvdrDevice(ivdrClass), LegalRegime.Original);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal(["R3"], r.DecidingRules);
        Assert.Equal(["EU-AIA-ART6-1", mdcgRow], r.RequirementIds.Take(2));
    }

    [Fact]
    public void R3_dates_follow_the_selected_regime()
    {
        var original = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa), LegalRegime.Original);
        var amended = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa), LegalRegime.AmendedByOmnibus);
        Assert.Equal(new DateOnly(2027, 8, 2), original.AppliesFrom);
        Assert.Equal(new DateOnly(2028, 8, 2), amended.AppliesFrom);
        var route = Assert.Single(original.Dates, d => d.OriginalDateId == "EU-AIA-DATE-ART6-1");
        Assert.Equal("EU-AIA-DATE-OMNI-ANNEX1", route.AmendedDateId);
        Assert.Equal(route, Assert.Single(amended.Dates, d => d.OriginalDateId == "EU-AIA-DATE-ART6-1"));
    }

    [Fact]
    public void R3b_a_non_safety_component_of_a_device_is_not_high_via_6_1_and_is_flagged_for_legal_review()
    {
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIb, DeviceRole.NonSafetyComponent), LegalRegime.Original);
        Assert.Equal(RiskTier.Minimal, r.Tier);
        Assert.Empty(r.Routes);
        Assert.Equal(["R3b", "R8"], r.FiredRules);
        Assert.Equal([TierFlag.LegalReviewNonSafetyComponent], r.Flags);
        Assert.Contains("EU-AIA-OMNI-ART6-1A", r.RequirementIds);
    }

    [Fact]
    public void R3c_plain_class_I_and_IVDR_class_A_are_not_high_via_6_1()
    {
        var mdrI = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.I), LegalRegime.Original);
        Assert.Equal(RiskTier.Minimal, mdrI.Tier);
        Assert.Contains("EU-MDCG-2025-6-MDR-I", mdrI.RequirementIds);
        var ivdrA = RiskTierClassifier.Classify(Facts.IvdrDevice(IvdrClass.A), LegalRegime.Original);
        Assert.Equal(RiskTier.Minimal, ivdrA.Tier);
        Assert.Equal(["R3c", "R8"], ivdrA.FiredRules);
        Assert.Contains("EU-MDCG-2025-6-IVDR-A", ivdrA.RequirementIds);
    }

    [Fact]
    public void R4_profiling_makes_an_annex_III_system_high_and_the_derogation_unavailable()
    {
        var r = RiskTierClassifier.Classify(Facts.AnnexIII("4a") with { ProfilesNaturalPersons = true }, LegalRegime.AmendedByOmnibus);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal(["R4"], r.DecidingRules);
        Assert.Equal(new DateOnly(2027, 12, 2), r.AppliesFrom);
        Assert.Contains("EU-AIA-ANNEX3-4", r.RequirementIds);
    }

    [Theory]
    [InlineData(DerogationCondition.A, "EU-AIA-ART6-3A")]
    [InlineData(DerogationCondition.B, "EU-AIA-ART6-3B")]
    [InlineData(DerogationCondition.C, "EU-AIA-ART6-3C")]
    [InlineData(DerogationCondition.D, "EU-AIA-ART6-3D")]
    public void R5_a_justified_derogation_is_not_high_and_requires_the_art_6_4_memo(DerogationCondition condition, string conditionId)
    {
        var facts = Facts.AnnexIII("5d") with { Art6Paragraph3Condition = condition, NoSignificantRiskAndNotMateriallyInfluencing = true };
        var r = RiskTierClassifier.Classify(facts, LegalRegime.Original);
        Assert.Equal(RiskTier.Minimal, r.Tier);
        Assert.Equal([ClassificationRoute.Derogation], r.Routes);
        Assert.Equal(["R5", "R8"], r.FiredRules);
        Assert.Equal([TierFlag.DerogationDocumentationRequired], r.Flags);
        Assert.Equal(["EU-AIA-ART6-3", conditionId, "EU-AIA-ART6-4"], r.RequirementIds.Take(3));
        Assert.DoesNotContain("EU-AIA-ART6-2", r.RequirementIds);
        Assert.NotEmpty(r.GoodPracticeIds);
    }

    [Fact]
    public void R5_then_R7_a_derogated_patient_chatbot_is_limited()
    {
        var facts = Facts.AnnexIII("5d") with
        {
            Art6Paragraph3Condition = DerogationCondition.D,
            NoSignificantRiskAndNotMateriallyInfluencing = true,
            InteractsWithPersons = true,
        };
        var r = RiskTierClassifier.Classify(facts, LegalRegime.Original);
        Assert.Equal(RiskTier.Limited, r.Tier);
        Assert.Equal(["R5", "R7"], r.FiredRules);
    }

    [Fact]
    public void R6_a_derogation_condition_without_the_no_significant_risk_declaration_stays_high()
    {
        var facts = Facts.AnnexIII("5d") with { Art6Paragraph3Condition = DerogationCondition.C, NoSignificantRiskAndNotMateriallyInfluencing = false };
        var r = RiskTierClassifier.Classify(facts, LegalRegime.Original);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal(["R6"], r.DecidingRules);
    }

    [Fact]
    public void R7_each_transparency_case_adds_its_art_50_id()
    {
        string[] Ids(DeclaredFacts f) => [.. RiskTierClassifier.Classify(f, LegalRegime.Original).RequirementIds.Where(id => id.StartsWith("EU-AIA-ART50", StringComparison.Ordinal))];

        Assert.Equal(["EU-AIA-ART50-1", "EU-AIA-ART50-5"], Ids(Facts.Minimal with { InteractsWithPersons = true, AiNatureObvious = false }));
        Assert.Empty(Ids(Facts.Minimal with { InteractsWithPersons = true, AiNatureObvious = true }));
        Assert.Equal(["EU-AIA-ART50-2", "EU-AIA-ART50-5"], Ids(Facts.Minimal with { GeneratesSyntheticContent = true }));
        Assert.Equal(["EU-AIA-ART50-2", "EU-AIA-ART50-4", "EU-AIA-ART50-5"], Ids(Facts.Minimal with { GeneratesSyntheticContent = true, DeepFake = true }));
        Assert.Equal(["EU-AIA-ART50-3", "EU-AIA-ART50-5"], Ids(Facts.Minimal with { EmotionInferenceContext = EmotionInferenceContext.Other, MedicalOrSafetyReason = true }));
    }

    [Fact]
    public void R7_transparency_stacks_on_a_high_risk_tier()
    {
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa) with { InteractsWithPersons = true }, LegalRegime.Original);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal([TierFlag.Transparency], r.Flags);
        Assert.Equal(["R3"], r.DecidingRules);
        Assert.Equal(["R3", "R7"], r.FiredRules);
        Assert.Contains("EU-AIA-ART50-1", r.RequirementIds);
    }

    [Fact]
    public void R7_a_generative_system_on_the_market_before_august_2026_gets_the_omnibus_marking_deadline()
    {
        var facts = Facts.Minimal with { GeneratesSyntheticContent = true, PlacedOnMarketDate = new DateOnly(2026, 5, 1) };
        var r = RiskTierClassifier.Classify(facts, LegalRegime.AmendedByOmnibus);
        var marking = Assert.Single(r.Dates, d => d.AmendedDateId == "EU-AIA-DATE-OMNI-ART50-2");
        Assert.Equal(new DateOnly(2026, 12, 2), marking.In(LegalRegime.AmendedByOmnibus));
        Assert.Equal(new DateOnly(2026, 8, 2), marking.In(LegalRegime.Original));
    }

    [Fact]
    public void R8_minimal_shows_chapter_III_only_as_good_practice()
    {
        var r = RiskTierClassifier.Classify(Facts.Minimal, LegalRegime.Original);
        Assert.DoesNotContain("EU-AIA-ART10-3", r.RequirementIds);
        Assert.Contains("EU-AIA-ART10-3", r.GoodPracticeIds);
        Assert.Contains("EU-AIA-ART14-1", r.GoodPracticeIds);
    }

    [Fact]
    public void R9_a_general_purpose_AI_model_is_flagged_outside_the_tier()
    {
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa) with { ProvidesGeneralPurposeAiModel = true }, LegalRegime.Original);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal(["R3", "R9"], r.FiredRules);
        Assert.Equal([TierFlag.GeneralPurposeAiModel], r.Flags);
    }

    [Theory]
    // Art 111(2) as published: placed on the market before 2 August 2026, for every route (catalog R10, V).
    [InlineData(2026, 1, 1, LegalRegime.Original, true)]
    [InlineData(2026, 8, 1, LegalRegime.Original, true)]
    [InlineData(2026, 8, 2, LegalRegime.Original, false)]
    [InlineData(2026, 12, 1, LegalRegime.Original, false)] // issue #14: not legacy under the original text
    [InlineData(2027, 1, 1, LegalRegime.Original, false)]
    // Omnibus wording: the route's Chapter III date, 2028-08-02 for Art 6(1) (S).
    [InlineData(2026, 12, 1, LegalRegime.AmendedByOmnibus, true)]
    [InlineData(2027, 9, 1, LegalRegime.AmendedByOmnibus, true)]
    [InlineData(2028, 8, 2, LegalRegime.AmendedByOmnibus, false)]
    [InlineData(2028, 9, 1, LegalRegime.AmendedByOmnibus, false)]
    public void R10_a_high_risk_device_on_the_market_before_the_Art_111_2_cut_off_is_flagged_legacy(int y, int m, int d, LegalRegime regime, bool legacy)
    {
        // Art 111(2) cut-off: 2026-08-02 for every route as published; the Art 6(1) date 2028-08-02 under the Omnibus.
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa) with { PlacedOnMarketDate = new DateOnly(y, m, d) }, regime);
        Assert.Equal(legacy, r.Flags.Contains(TierFlag.Legacy));
        Assert.Equal(legacy, r.RequirementIds.Contains("EU-AIA-ART111-2"));
        Assert.Equal(legacy, r.FiredRules.Contains("R10"));
    }

    [Fact]
    public void R10_does_not_apply_to_a_model_that_is_not_high_risk()
    {
        var r = RiskTierClassifier.Classify(Facts.Minimal with { PlacedOnMarketDate = new DateOnly(2020, 1, 1) }, LegalRegime.Original);
        Assert.DoesNotContain(TierFlag.Legacy, r.Flags);
    }
}
