namespace ExplainableAI.Regulatory.Tests;

/// <summary>A missing or contradictory fact is a typed issue and the tier is not guessed.</summary>
public sealed class TierIssueTests
{
    public static TheoryData<string, DeclaredFacts> Contradictions() => new()
    {
        { "mdr_class", Facts.Minimal with { MdrClass = MdrClass.IIa } },
        { "ivdr_class", Facts.MdrDevice(MdrClass.IIa) with { IvdrClass = IvdrClass.C } },
        { "in_house_art5_5", Facts.Minimal with { InHouseArt5Paragraph5 = true } },
        { "role_in_device", Facts.Minimal with { RoleInDevice = DeviceRole.SafetyComponent } },
        { "deep_fake", Facts.Minimal with { DeepFake = true, GeneratesSyntheticContent = false } },
        { "medical_or_safety_reason", Facts.Minimal with { MedicalOrSafetyReason = true } },
        { "prohibited_uses", Facts.Minimal with { ProhibitedUses = Facts.Uses(ProhibitedPractice.F) } },
        { "annex_iii_points", Facts.AnnexIII("9z") },
        { "art6_3_condition", Facts.Minimal with { Art6Paragraph3Condition = DerogationCondition.B } },
    };

    [Theory]
    [MemberData(nameof(Contradictions))]
    public void A_contradiction_names_the_field_and_leaves_the_tier_undetermined(string field, DeclaredFacts facts)
    {
        var r = RiskTierClassifier.Classify(facts, LegalRegime.Original);
        Assert.Equal(RiskTier.Undetermined, r.Tier);
        Assert.Null(r.AppliesFrom);
        var issue = Assert.Single(r.Issues);
        Assert.Equal(field, issue.Field);
        Assert.Equal(TierIssueKind.Contradictory, issue.Kind);
        Assert.DoesNotContain('\n', issue.Reason);
    }

    [Fact]
    public void An_mdr_class_on_a_non_device_keeps_the_provisional_tier_from_the_rules_that_could_run()
    {
        var r = RiskTierClassifier.Classify(Facts.Minimal with { MdrClass = MdrClass.III }, LegalRegime.Original);
        Assert.Equal(RiskTier.Undetermined, r.Tier);
        Assert.Equal(RiskTier.Minimal, r.ProvisionalTier);
        Assert.Contains("is_medical_device", r.Issues[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_declared_lists_every_fact_the_rules_need()
    {
        var r = RiskTierClassifier.Classify(new DeclaredFacts(), LegalRegime.Original);
        Assert.Equal(RiskTier.Undetermined, r.Tier);
        Assert.All(r.Issues, i => Assert.Equal(TierIssueKind.Missing, i.Kind));
        Assert.Equal(
            ["is_ai_system", "eu_nexus", "exclusion", "prohibited_uses", "is_medical_device", "annex_iii_points", "interacts_with_persons", "generates_synthetic_content", "emotion_inference_context"],
            r.Issues.Select(i => i.Field));
        Assert.Equal("R0", r.Issues[0].Rule);
    }

    [Fact]
    public void An_MDR_device_without_its_class_is_missing_mdr_class_for_R3()
    {
        var r = RiskTierClassifier.Classify(Facts.Minimal with { IsMedicalDevice = MedicalDeviceRegulation.Mdr }, LegalRegime.Original);
        var issue = Assert.Single(r.Issues);
        Assert.Equal(
            new TierIssue("mdr_class", TierIssueKind.Missing, "mdr_class is not declared; rule R3 needs it", "R3", "EU MDR上の医療機器クラス分類（mdr_class）が申告されていない。ルールR3の判定に必要である。"),
            issue);
        Assert.Equal(RiskTier.Undetermined, r.Tier);
    }

    [Fact]
    public void A_notified_body_device_without_its_role_cannot_be_decided_by_R3()
    {
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa) with { RoleInDevice = null }, LegalRegime.Original);
        Assert.Equal("role_in_device", Assert.Single(r.Issues).Field);
        Assert.Equal(RiskTier.Minimal, r.ProvisionalTier);
    }

    [Fact]
    public void An_annex_III_system_without_the_profiling_fact_is_missing_it()
    {
        var r = RiskTierClassifier.Classify(Facts.AnnexIII("5a") with { ProfilesNaturalPersons = null }, LegalRegime.Original);
        Assert.Equal("profiles_natural_persons", Assert.Single(r.Issues).Field);
        Assert.Equal(RiskTier.Undetermined, r.Tier);
    }

    [Fact]
    public void A_declared_derogation_condition_without_the_significance_declaration_is_missing_it()
    {
        var r = RiskTierClassifier.Classify(
            Facts.AnnexIII("5d") with { Art6Paragraph3Condition = DerogationCondition.A, NoSignificantRiskAndNotMateriallyInfluencing = null }, LegalRegime.Original);
        Assert.Equal("no_significant_risk_and_not_materially_influencing", Assert.Single(r.Issues).Field);
    }

    [Fact]
    public void A_persons_facing_system_must_say_whether_its_AI_nature_is_obvious()
    {
        var r = RiskTierClassifier.Classify(Facts.Minimal with { InteractsWithPersons = true, AiNatureObvious = null }, LegalRegime.Original);
        Assert.Equal("ai_nature_obvious", Assert.Single(r.Issues).Field);
    }

    [Fact]
    public void A_prohibited_practice_stops_before_later_facts_are_needed()
    {
        var r = RiskTierClassifier.Classify(
            new DeclaredFacts { IsAiSystem = true, EuNexus = true, Exclusion = AiActExclusion.None, ProhibitedUses = Facts.Uses(ProhibitedPractice.C) },
            LegalRegime.Original);
        Assert.Equal(RiskTier.Unacceptable, r.Tier);
        Assert.Empty(r.Issues);
    }
}
