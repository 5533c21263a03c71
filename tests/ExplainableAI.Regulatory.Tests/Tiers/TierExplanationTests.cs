namespace ExplainableAI.Regulatory.Tests;

/// <summary>
/// The tier in words: the eleven worked medical examples of catalog §5.3 (as in <see cref="WorkedExampleTests"/>), each with
/// the deciding facts and the rule's meaning in English and Japanese, and the undetermined case naming what is missing.
/// </summary>
public sealed class TierExplanationTests
{
    [Fact]
    public void Chest_xray_CADe_MDR_IIa_reads_as_an_MDR_IIa_device_via_art_6_1()
    {
        var r = Classify(Facts.MdrDevice(MdrClass.IIa));
        var x = TierExplanation.For(r);

        Assert.Equal("EU MDR class IIa device; the AI is the device software", x.DecidingFact);
        Assert.Equal("EU MDR上のクラスIIaの医療機器、AIが医療機器プログラムそのもの", x.DecidingFactJa);
        Assert.Contains("notified body", x.RuleSummary, StringComparison.Ordinal);
        Assert.Contains("high risk by the Annex I product route", x.RuleSummary, StringComparison.Ordinal);
        Assert.Contains("附属書Iの製品ルートにより高リスクに該当する。", x.RuleSummaryJa, StringComparison.Ordinal);
        var reason = Assert.Single(r.Reasons);
        Assert.Equal(("R3", true, "Art 6(1), Annex I", "第6条第1項、附属書I"), (reason.Rule, reason.Deciding, reason.Basis, reason.BasisJa));
        Assert.Equal([("mdr_class", "IIa"), ("role_in_device", "is_the_device")], reason.Facts.Select(f => (f.Field, f.Value)));
    }

    [Theory]
    [InlineData(MdrClass.IIb, "EU MDR class IIb device", "EU MDR上のクラスIIbの医療機器")]
    [InlineData(MdrClass.III, "EU MDR class III device", "EU MDR上のクラスIIIの医療機器")]
    public void Sepsis_prediction_software_reads_as_its_MDR_class(MdrClass mdrClass, string en, string ja)
    {
        var x = TierExplanation.For(Classify(Facts.MdrDevice(mdrClass)));
        Assert.StartsWith(en + ";", x.DecidingFact, StringComparison.Ordinal);
        Assert.StartsWith(ja + "、", x.DecidingFactJa, StringComparison.Ordinal);
    }

    [Fact]
    public void Emergency_call_triage_reads_as_an_annex_III_5d_use_without_derogation()
    {
        var r = Classify(Facts.AnnexIII("5d"));
        var x = TierExplanation.For(r);

        Assert.Equal("Annex III point 5(d) use: emergency call triage and dispatch, incl. emergency healthcare patient triage; no Art 6(3) derogation claimed", x.DecidingFact);
        Assert.Equal("附属書III第5項(d)の用途：緊急通報の評価・分類及び出動指令（救急医療における患者トリアージを含む）、第6条第3項の適用除外の主張なし", x.DecidingFactJa);
        Assert.Equal("A use listed in Annex III is high risk by the use-case route.", x.RuleSummary);
        Assert.Equal("附属書IIIに掲げる用途であるため、用途ルートにより高リスクに該当する。", x.RuleSummaryJa);
        Assert.Equal(("R6", "Art 6(2), Annex III", "第6条第2項、附属書III"), (r.Reasons[0].Rule, r.Reasons[0].Basis, r.Reasons[0].BasisJa));
    }

    [Fact]
    public void Health_insurer_risk_pricing_reads_as_profiling_in_annex_III_5c_so_no_derogation()
    {
        var facts = Facts.AnnexIII("5c") with
        {
            ProfilesNaturalPersons = true,
            Art6Paragraph3Condition = DerogationCondition.A,
            NoSignificantRiskAndNotMateriallyInfluencing = true,
        };
        var x = TierExplanation.For(Classify(facts));

        Assert.Equal("Annex III point 5(c) use: risk assessment and pricing in life and health insurance; profiles natural persons", x.DecidingFact);
        Assert.Equal("附属書III第5項(c)の用途：生命保険及び健康保険におけるリスク評価及び価格設定、自然人のプロファイリングを行う", x.DecidingFactJa);
        Assert.Contains("derogation is not available", x.RuleSummary, StringComparison.Ordinal);
        Assert.Contains("第6条第3項の適用除外は利用できない", x.RuleSummaryJa, StringComparison.Ordinal);
    }

    [Fact]
    public void Public_payer_eligibility_scoring_reads_as_annex_III_5a()
    {
        var x = TierExplanation.For(Classify(Facts.AnnexIII("5a")));
        Assert.StartsWith("Annex III point 5(a) use", x.DecidingFact, StringComparison.Ordinal);
        Assert.StartsWith("附属書III第5項(a)の用途", x.DecidingFactJa, StringComparison.Ordinal);
    }

    [Fact]
    public void Medical_emotion_recognition_is_decided_by_annex_III_1c_and_the_art_50_reason_is_not_deciding()
    {
        var facts = Facts.AnnexIII("1c") with
        {
            ProhibitedUses = Facts.Uses(ProhibitedPractice.F),
            EmotionInferenceContext = EmotionInferenceContext.Other,
            MedicalOrSafetyReason = true,
        };
        var r = Classify(facts);
        var x = TierExplanation.For(r);

        Assert.StartsWith("Annex III point 1(c) use", x.DecidingFact, StringComparison.Ordinal);
        Assert.DoesNotContain("Art 5", x.DecidingFact, StringComparison.Ordinal); // not prohibited
        var transparency = Assert.Single(r.Reasons, reason => reason.Rule == "R7");
        Assert.False(transparency.Deciding);
        Assert.Equal("Art 50", transparency.Basis);
        Assert.Equal("感情認識又は生体分類（附属書III第1項(b)又は(c)）", Assert.Single(transparency.Facts).TextJa);
    }

    [Fact]
    public void Medical_emotion_recognition_that_is_an_MDR_IIa_device_names_both_routes_facts()
    {
        var facts = Facts.MdrDevice(MdrClass.IIa) with
        {
            AnnexIIIPoints = ["1c"],
            EmotionInferenceContext = EmotionInferenceContext.Other,
            MedicalOrSafetyReason = true,
        };
        var r = Classify(facts);
        var x = TierExplanation.For(r);

        Assert.Equal("EU MDR class IIa device; the AI is the device software; Annex III point 1(c) use: emotion recognition; no Art 6(3) derogation claimed", x.DecidingFact);
        Assert.Equal(["R3", "R6", "R7"], r.Reasons.Select(reason => reason.Rule));
        Assert.Equal([true, true, false], r.Reasons.Select(reason => reason.Deciding));
        Assert.Contains("Annex I product route", x.RuleSummary, StringComparison.Ordinal);
        Assert.Contains("use-case route", x.RuleSummary, StringComparison.Ordinal);
    }

    [Fact]
    public void Employee_stress_emotion_inference_reads_as_the_art_5_1_f_practice_in_a_workplace()
    {
        var facts = Facts.Minimal with
        {
            ProhibitedUses = Facts.Uses(ProhibitedPractice.F),
            EmotionInferenceContext = EmotionInferenceContext.Workplace,
            MedicalOrSafetyReason = false,
        };
        var x = TierExplanation.For(Classify(facts));

        Assert.Equal(
            "intended purpose includes emotion inference in a workplace or education institution (Art 5(1)(f)); emotions inferred in a workplace; no medical or safety reason for the emotion inference",
            x.DecidingFact);
        Assert.StartsWith("使用目的に職場又は教育機関における感情推定（第5条第1項(f)）を含む、", x.DecidingFactJa, StringComparison.Ordinal);
        Assert.Contains("prohibited by Art 5(1)", x.RuleSummary, StringComparison.Ordinal);
        Assert.Contains("第5条第1項で禁止される行為", x.RuleSummaryJa, StringComparison.Ordinal);
    }

    [Fact]
    public void MDR_class_I_chatbot_reads_as_undisclosed_interaction_with_the_class_I_reason_not_deciding()
    {
        var r = Classify(Facts.MdrDevice(MdrClass.I) with { InteractsWithPersons = true, AiNatureObvious = false });
        var x = TierExplanation.For(r);

        // The class is named although R3c did not decide: it says why the product route does not apply (issue #14, item 7).
        Assert.Equal("interacts with persons who may not see that it is an AI; EU MDR class I device (no notified body)", x.DecidingFact);
        Assert.Equal("AIであることが明らかでない形で人と対話する、EU MDR上のクラスIの医療機器（ノーティファイドボディの関与なし）", x.DecidingFactJa);
        Assert.StartsWith("Art 50 transparency duties apply (limited risk)", x.RuleSummary, StringComparison.Ordinal);
        var classI = Assert.Single(r.Reasons, reason => reason.Rule == "R3c");
        Assert.False(classI.Deciding);
        Assert.Equal("EU MDR class I device (no notified body)", Assert.Single(classI.Facts).Text);
    }

    [Fact]
    public void Bed_occupancy_forecasting_reads_as_no_device_and_no_annex_III_use()
    {
        var x = TierExplanation.For(Classify(Facts.Minimal));

        Assert.Equal("not a medical device; no Annex III use", x.DecidingFact);
        Assert.Equal("医療機器に該当しない、附属書IIIの用途なし", x.DecidingFactJa);
        Assert.Contains("minimal", x.RuleSummary, StringComparison.Ordinal);
        Assert.Contains("第4条のAIリテラシー", x.RuleSummaryJa, StringComparison.Ordinal);
    }

    [Fact]
    public void In_house_device_reads_as_its_class_and_the_art_5_5_exemption()
    {
        var facts = Facts.MdrDevice(MdrClass.IIb) with { InHouseArt5Paragraph5 = true, RoleInDevice = null };
        var r = Classify(facts);
        var x = TierExplanation.For(r);

        Assert.Equal("EU MDR class IIb device; health institution's in-house device (MDR/IVDR Art 5(5)); no Annex III use", x.DecidingFact);
        Assert.Contains("医療機関の院内製造機器（医療機器規則・体外診断用医療機器規則第5条第5項）", x.DecidingFactJa, StringComparison.Ordinal);
        Assert.Equal(["R3c", "R8"], r.Reasons.Select(reason => reason.Rule));
    }

    [Fact]
    public void Retrospective_research_model_reads_as_the_art_2_6_exclusion()
    {
        var x = TierExplanation.For(Classify(Facts.Minimal with { Exclusion = AiActExclusion.ResearchOnly }));

        Assert.Equal("developed and put into service solely for scientific research (Art 2(6))", x.DecidingFact);
        Assert.Equal("科学的研究のみを目的として開発され、使用されるもの（第2条第6項）", x.DecidingFactJa);
        Assert.Contains("classify it again before clinical use or market placement", x.RuleSummary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undetermined_tier_names_the_missing_facts_and_the_rule_that_needs_them()
    {
        var r = Classify(Facts.MdrDevice(MdrClass.IIa) with { RoleInDevice = null });
        var x = TierExplanation.For(r);

        Assert.Equal(RiskTier.Undetermined, r.Tier);
        Assert.Equal("Not declared: the AI's role in the device (the device itself, a safety component or another component) (role_in_device)", x.DecidingFact);
        Assert.Equal("申告されていない事実：医療機器におけるAIの役割（医療機器そのもの、安全構成要素又はその他の構成要素）（role_in_device）", x.DecidingFactJa);
        Assert.Equal("The tier is undetermined and is not guessed: rule R3 needs the missing facts. The rules that could be evaluated reach minimal risk.", x.RuleSummary);
        Assert.Equal("リスク区分は未確定であり、推測による決定は行わない。ルールR3の判定に不足する事実の申告が必要である。評価可能であったルールに基づく暫定の区分は最小リスクである。", x.RuleSummaryJa);
        Assert.Equal("医療機器におけるAIの役割（医療機器そのもの、安全構成要素又はその他の構成要素）（role_in_device）が申告されていない。ルールR3の判定に必要である。", Assert.Single(r.Issues).ReasonJa);
    }

    [Fact]
    public void An_undetermined_tier_with_contradictory_facts_quotes_them_in_both_languages()
    {
        var r = Classify(Facts.Minimal with { DeepFake = true });
        var x = TierExplanation.For(r);

        Assert.Equal("Contradictory: deep_fake is yes but generates_synthetic_content is no", x.DecidingFact);
        Assert.Equal("矛盾する事実：deep_fake が yes であるが、generates_synthetic_content が no である。", x.DecidingFactJa);
        Assert.StartsWith("The tier is undetermined and is not guessed: contradictory facts must be corrected.", x.RuleSummary, StringComparison.Ordinal);
        Assert.Contains("矛盾する事実の訂正が必要である。", x.RuleSummaryJa, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_contradiction_has_a_Japanese_reason()
    {
        DeclaredFacts[] contradictions =
        [
            Facts.Minimal with { MdrClass = MdrClass.IIa },
            Facts.Minimal with { IvdrClass = IvdrClass.B },
            Facts.Minimal with { InHouseArt5Paragraph5 = true },
            Facts.Minimal with { RoleInDevice = DeviceRole.SafetyComponent },
            Facts.Minimal with { DeepFake = true },
            Facts.Minimal with { MedicalOrSafetyReason = true },
            Facts.Minimal with { ProhibitedUses = Facts.Uses(ProhibitedPractice.F) },
            Facts.Minimal with { AnnexIIIPoints = ["9z"] },
            Facts.Minimal with { Art6Paragraph3Condition = DerogationCondition.B },
        ];
        foreach (var facts in contradictions)
        {
            var issue = Assert.Single(Classify(facts).Issues, i => i.Kind == TierIssueKind.Contradictory);
            Assert.NotNull(issue.ReasonJa);
            Assert.EndsWith("。", issue.ReasonJa, StringComparison.Ordinal);
            Assert.Contains(issue.Field, issue.ReasonJa, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> EveryRule => [.. RuleFacts.Keys];

    private static readonly Dictionary<string, DeclaredFacts> RuleFacts = new(StringComparer.Ordinal)
    {
        ["R0"] = Facts.Minimal with { EuNexus = false },
        ["R1"] = Facts.Minimal with { Exclusion = AiActExclusion.MilitaryNationalSecurity },
        ["R2"] = Facts.Minimal with { ProhibitedUses = Facts.Uses(ProhibitedPractice.C) },
        ["R3"] = Facts.IvdrDevice(IvdrClass.C, DeviceRole.SafetyComponent),
        ["R3b"] = Facts.MdrDevice(MdrClass.IIa, DeviceRole.NonSafetyComponent),
        ["R3c"] = Facts.IvdrDevice(IvdrClass.A),
        ["R4"] = Facts.AnnexIII("5c") with { ProfilesNaturalPersons = true },
        ["R5"] = Facts.AnnexIII("5d") with { Art6Paragraph3Condition = DerogationCondition.D, NoSignificantRiskAndNotMateriallyInfluencing = true },
        ["R6"] = Facts.AnnexIII("5d") with { Art6Paragraph3Condition = DerogationCondition.A, NoSignificantRiskAndNotMateriallyInfluencing = false },
        ["R7"] = Facts.Minimal with { GeneratesSyntheticContent = true, DeepFake = true },
        ["R8"] = Facts.Minimal,
        ["R9"] = Facts.Minimal with { ProvidesGeneralPurposeAiModel = true },
        ["R10"] = Facts.MdrDevice(MdrClass.III) with { PlacedOnMarketDate = new DateOnly(2025, 1, 1) },
    };

    [Theory]
    [MemberData(nameof(EveryRule))]
    public void Every_rule_is_worded_in_both_languages_with_the_facts_it_used(string rule)
    {
        var r = Classify(RuleFacts[rule]);
        Assert.Empty(r.Issues);
        Assert.Equal(r.FiredRules, r.Reasons.Select(reason => reason.Rule));
        var reason = Assert.Single(r.Reasons, reason => reason.Rule == rule);
        Assert.Equal(r.DecidingRules.Contains(rule), reason.Deciding);
        Assert.NotEmpty(reason.Facts);
        Assert.All(reason.Facts, f => Assert.False(string.IsNullOrWhiteSpace(f.Text) || string.IsNullOrWhiteSpace(f.TextJa) || string.IsNullOrWhiteSpace(f.Value)));
        Assert.EndsWith(".", reason.Summary, StringComparison.Ordinal);
        Assert.EndsWith("。", reason.SummaryJa, StringComparison.Ordinal);
        Assert.DoesNotContain("Art ", reason.SummaryJa + reason.BasisJa + string.Concat(reason.Facts.Select(f => f.TextJa)), StringComparison.Ordinal);
        Assert.DoesNotContain("Annex", reason.SummaryJa + reason.BasisJa + string.Concat(reason.Facts.Select(f => f.TextJa)), StringComparison.Ordinal);
        var x = TierExplanation.For(r);
        Assert.All(r.Reasons.Where(d => d.Deciding).SelectMany(d => d.Facts), f => Assert.Contains(f.Text, x.DecidingFact, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("R10", "placed on the market on 2025-01-01, before 2026-08-02", "2025-01-01に上市（2026-08-02より前）")]
    [InlineData("R5", "Art 6(3)(d) condition: a preparatory task", "第6条第3項(d)の要件：準備的な作業")]
    [InlineData("R3b", "the AI is a component without a safety function", "AIが安全機能を持たない構成要素")]
    [InlineData("R3", "EU IVDR class C device", "EU IVDR上のクラスCの体外診断用医療機器")]
    [InlineData("R0", "neither placed on the EU market nor used in the EU", "EU域内での上市及び出力の使用がない")]
    public void Rule_facts_read_as_expected(string rule, string en, string ja)
    {
        var reason = Assert.Single(Classify(RuleFacts[rule]).Reasons, reason => reason.Rule == rule);
        Assert.Contains(reason.Facts, f => f.Text == en && f.TextJa == ja);
    }

    [Fact]
    public void Every_rule_the_classifier_knows_is_worded()
    {
        Assert.Equal(["R0", "R1", "R2", "R3", "R3b", "R3c", "R4", "R5", "R6", "R7", "R8", "R9", "R10"], RuleWording.Known);
        Assert.Equal(RuleWording.Known.Order(StringComparer.Ordinal), RuleFacts.Keys.Order(StringComparer.Ordinal));
    }

    private static RiskTierResult Classify(DeclaredFacts facts) => RiskTierClassifier.Classify(facts, LegalRegime.Original);
}
