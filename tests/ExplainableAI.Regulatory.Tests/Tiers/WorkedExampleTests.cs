namespace ExplainableAI.Regulatory.Tests;

/// <summary>The eleven worked medical examples of catalog §5.3, each with its exact tier and route.</summary>
public sealed class WorkedExampleTests
{
    [Fact]
    public void Chest_xray_triage_CADe_MDR_IIa_with_notified_body_is_high_via_6_1()
    {
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa), LegalRegime.Original);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal([ClassificationRoute.Article6Paragraph1], r.Routes);
        Assert.Equal(["R3"], r.DecidingRules);
        Assert.Empty(r.Issues);
        Assert.Contains("EU-AIA-ART6-1", r.RequirementIds);
        Assert.Contains("EU-MDCG-2025-6-MDR-IIA-III", r.RequirementIds);
        Assert.Contains("EU-AIA-ART11-2", r.RequirementIds);
        Assert.Contains("EU-AIA-ART72-4", r.RequirementIds);
        Assert.Equal(new DateOnly(2027, 8, 2), r.AppliesFrom);
        Assert.Empty(r.GoodPracticeIds);
    }

    [Theory]
    [InlineData(MdrClass.IIb)]
    [InlineData(MdrClass.III)]
    public void Sepsis_prediction_software_IIb_or_III_is_high_via_6_1(MdrClass mdrClass)
    {
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(mdrClass), LegalRegime.Original);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal([ClassificationRoute.Article6Paragraph1], r.Routes);
    }

    [Fact]
    public void Emergency_call_triage_tool_not_a_device_is_high_via_6_2_annex_III_5d()
    {
        var r = RiskTierClassifier.Classify(Facts.AnnexIII("5d"), LegalRegime.Original);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal([ClassificationRoute.Article6Paragraph2], r.Routes);
        Assert.Equal(["R6"], r.DecidingRules);
        Assert.Contains("EU-AIA-ANNEX3-5", r.RequirementIds);
        Assert.Contains("EU-AIA-ART6-2", r.RequirementIds);
        Assert.Equal(new DateOnly(2026, 8, 2), r.AppliesFrom);
    }

    [Fact]
    public void Health_insurer_risk_pricing_profiles_persons_so_is_high_via_6_2_without_derogation()
    {
        var facts = Facts.AnnexIII("5c") with
        {
            ProfilesNaturalPersons = true,
            Art6Paragraph3Condition = DerogationCondition.A,
            NoSignificantRiskAndNotMateriallyInfluencing = true,
        };
        var r = RiskTierClassifier.Classify(facts, LegalRegime.Original);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal([ClassificationRoute.Article6Paragraph2], r.Routes);
        Assert.Equal(["R4"], r.DecidingRules);
        Assert.DoesNotContain("R5", r.FiredRules);
        Assert.Contains("EU-AIA-ART6-3-PROFILING", r.RequirementIds);
        Assert.Contains("EU-AIA-ANNEX3-5", r.RequirementIds);
    }

    [Fact]
    public void Public_payer_eligibility_scoring_for_healthcare_is_high_via_6_2_annex_III_5a()
    {
        var r = RiskTierClassifier.Classify(Facts.AnnexIII("5a"), LegalRegime.Original);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal([ClassificationRoute.Article6Paragraph2], r.Routes);
        Assert.Contains("EU-AIA-ANNEX3-5", r.RequirementIds);
    }

    [Fact]
    public void Medical_emotion_recognition_for_depression_is_not_prohibited_but_high_via_annex_III_1c_with_art_50_3()
    {
        var facts = Facts.AnnexIII("1c") with
        {
            ProhibitedUses = Facts.Uses(ProhibitedPractice.F),
            EmotionInferenceContext = EmotionInferenceContext.Other,
            MedicalOrSafetyReason = true,
        };
        var r = RiskTierClassifier.Classify(facts, LegalRegime.Original);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal([ClassificationRoute.Article6Paragraph2], r.Routes);
        Assert.DoesNotContain("R2", r.FiredRules);
        Assert.Contains(TierFlag.Transparency, r.Flags);
        Assert.Contains("EU-AIA-ANNEX3-1", r.RequirementIds);
        Assert.Contains("EU-AIA-ART50-3", r.RequirementIds);
        Assert.DoesNotContain("EU-AIA-ART5-1F", r.RequirementIds);
    }

    [Fact]
    public void Medical_emotion_recognition_that_is_an_MDR_IIa_device_is_high_via_both_routes()
    {
        var facts = Facts.MdrDevice(MdrClass.IIa) with
        {
            AnnexIIIPoints = ["1c"],
            EmotionInferenceContext = EmotionInferenceContext.Other,
            MedicalOrSafetyReason = true,
        };
        var r = RiskTierClassifier.Classify(facts, LegalRegime.Original);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal([ClassificationRoute.Article6Paragraph1, ClassificationRoute.Article6Paragraph2], r.Routes);
        Assert.Equal(["R3", "R6"], r.DecidingRules);
        Assert.Equal(["R3", "R6", "R7"], r.FiredRules);
        Assert.Contains(TierFlag.Transparency, r.Flags);
        Assert.Equal(new DateOnly(2026, 8, 2), r.AppliesFrom); // the earlier of the two routes' dates
    }

    [Fact]
    public void Employee_stress_emotion_inference_in_hospital_HR_is_unacceptable()
    {
        var facts = Facts.Minimal with
        {
            ProhibitedUses = Facts.Uses(ProhibitedPractice.F),
            EmotionInferenceContext = EmotionInferenceContext.Workplace,
            MedicalOrSafetyReason = false,
        };
        var r = RiskTierClassifier.Classify(facts, LegalRegime.Original);
        Assert.Equal(RiskTier.Unacceptable, r.Tier);
        Assert.Equal(["R2"], r.DecidingRules);
        Assert.Equal(["EU-AIA-ART5-1F", "EU-AIA-TIER-UNACCEPTABLE"], r.RequirementIds);
        Assert.Empty(r.Routes);
        Assert.Equal(new DateOnly(2025, 2, 2), r.AppliesFrom);
    }

    [Fact]
    public void MDR_class_I_patient_facing_chatbot_without_annex_III_use_is_limited_via_art_50_1()
    {
        var facts = Facts.MdrDevice(MdrClass.I) with { InteractsWithPersons = true, AiNatureObvious = false };
        var r = RiskTierClassifier.Classify(facts, LegalRegime.Original);
        Assert.Equal(RiskTier.Limited, r.Tier);
        Assert.Empty(r.Routes);
        Assert.Equal(["R7"], r.DecidingRules);
        Assert.Equal(["R3c", "R7"], r.FiredRules);
        Assert.Equal([TierFlag.Transparency], r.Flags);
        Assert.Equal(
            ["EU-MDCG-2025-6-MDR-I", "EU-AIA-ART50-1", "EU-AIA-ART50-5", "EU-AIA-ART4", "EU-AIA-TIER-LIMITED"],
            r.RequirementIds);
        Assert.Equal(new DateOnly(2026, 8, 2), r.AppliesFrom);
        Assert.Contains("EU-AIA-ART10-3", r.GoodPracticeIds);
    }

    [Fact]
    public void Hospital_bed_occupancy_forecasting_is_minimal()
    {
        var r = RiskTierClassifier.Classify(Facts.Minimal, LegalRegime.Original);
        Assert.Equal(RiskTier.Minimal, r.Tier);
        Assert.Empty(r.Routes);
        Assert.Empty(r.Flags);
        Assert.Equal(["R8"], r.DecidingRules);
        Assert.Equal(["EU-AIA-TIER-MINIMAL", "EU-AIA-ART4"], r.RequirementIds);
        Assert.Equal(new DateOnly(2025, 2, 2), r.AppliesFrom);
    }

    [Fact]
    public void Hospital_in_house_device_under_art_5_5_is_not_high_via_6_1_and_continues_to_R4_R8()
    {
        var facts = Facts.MdrDevice(MdrClass.IIb) with { InHouseArt5Paragraph5 = true, RoleInDevice = null };
        var r = RiskTierClassifier.Classify(facts, LegalRegime.Original);
        Assert.Equal(RiskTier.Minimal, r.Tier);
        Assert.Empty(r.Routes);
        Assert.Equal(["R3c", "R8"], r.FiredRules);
        Assert.Contains("EU-MDCG-2025-6-INHOUSE", r.RequirementIds);
        Assert.Empty(r.Issues);

        var withTriage = RiskTierClassifier.Classify(facts with { AnnexIIIPoints = ["5d"] }, LegalRegime.Original);
        Assert.Equal(RiskTier.High, withTriage.Tier);
        Assert.Equal([ClassificationRoute.Article6Paragraph2], withTriage.Routes);
    }

    [Fact]
    public void Retrospective_research_model_never_put_into_service_is_out_of_scope_under_art_2_6()
    {
        var r = RiskTierClassifier.Classify(Facts.Minimal with { Exclusion = AiActExclusion.ResearchOnly }, LegalRegime.Original);
        Assert.Equal(RiskTier.OutOfScope, r.Tier);
        Assert.Equal(["R1"], r.DecidingRules);
        Assert.Equal([TierFlag.ReclassifyBeforeUse], r.Flags);
        Assert.Empty(r.RequirementIds);
        Assert.Null(r.AppliesFrom);
    }
}
