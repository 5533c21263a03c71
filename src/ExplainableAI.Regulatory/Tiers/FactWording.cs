using System.Globalization;

namespace ExplainableAI.Regulatory;

/// <summary>
/// Declared facts in words (English and Japanese), as the decision-table rules read them: "EU MDR class IIa device",
/// "Annex III point 5(d) use". Values keep the facts file's tokens so a reviewer can find them in the file.
/// </summary>
internal static class FactWording
{
    private static readonly Dictionary<string, (string En, string Ja)> Labels = new(StringComparer.Ordinal)
    {
        ["is_ai_system"] = ("whether the model is an AI system under Art 3(1)", "第3条第1号のAIシステムへの該当性"),
        ["eu_nexus"] = ("whether the model is placed on the EU market or its output used in the EU", "EU域内での上市又は出力の使用の有無"),
        ["exclusion"] = ("the Art 2 exclusion, if any", "第2条の適用除外事由の有無"),
        ["prohibited_uses"] = ("the Art 5(1) practices in the intended purpose (an empty list if none)", "使用目的に含まれる第5条第1項の行為（ない場合は空の一覧）"),
        ["emotion_inference_context"] = ("where emotions are inferred, if at all", "感情推定を行う場面（行わない場合はその旨）"),
        ["medical_or_safety_reason"] = ("whether the emotion inference serves a medical or safety reason", "感情推定が医療上又は安全上の理由によるものか否か"),
        ["is_medical_device"] = ("whether the model is a medical device under the MDR or the IVDR", "医療機器規則（MDR）又は体外診断用医療機器規則（IVDR）上の医療機器への該当性"),
        ["mdr_class"] = ("the EU MDR device class", "EU MDR上の医療機器クラス分類"),
        ["ivdr_class"] = ("the EU IVDR device class", "EU IVDR上の医療機器クラス分類"),
        ["in_house_art5_5"] = ("whether it is a health institution's in-house device (MDR/IVDR Art 5(5))", "医療機関の院内製造機器（医療機器規則・体外診断用医療機器規則第5条第5項）への該当性"),
        ["role_in_device"] = ("the AI's role in the device (the device itself, a safety component or another component)", "医療機器におけるAIの役割（医療機器そのもの、安全構成要素又はその他の構成要素）"),
        ["annex_iii_points"] = ("the Annex III points of the intended use (an empty list if none)", "使用目的が該当する附属書IIIの項目（ない場合は空の一覧）"),
        ["profiles_natural_persons"] = ("whether the model profiles natural persons", "自然人のプロファイリングの有無"),
        ["art6_3_condition"] = ("the Art 6(3) condition claimed, if any", "主張する第6条第3項の要件の有無"),
        ["no_significant_risk_and_not_materially_influencing"] = ("whether the use poses no significant risk and does not materially influence decisions", "重大なリスクをもたらさず、意思決定に実質的な影響を与えないか否か"),
        ["interacts_with_persons"] = ("whether the model interacts directly with persons", "人との直接の対話の有無"),
        ["ai_nature_obvious"] = ("whether it is obvious to those persons that they deal with an AI", "相手方にとってAIであることが明らかか否か"),
        ["generates_synthetic_content"] = ("whether the model generates synthetic content", "合成コンテンツの生成の有無"),
        ["deep_fake"] = ("whether the generated content is a deep fake", "生成コンテンツがディープフェイクに該当するか否か"),
    };

    /// <summary>What a field asks, for a missing or contradictory fact: "the EU MDR device class (mdr_class)".</summary>
    public static (string En, string Ja) Label(string field) =>
        Labels.TryGetValue(field, out var label) ? ($"{label.En} ({field})", $"{label.Ja}（{field}）") : (field, field);

    public static TierFact NotAiSystem() =>
        new("is_ai_system", "false", "not an AI system under Art 3(1)", "第3条第1号のAIシステムに該当しない");

    public static TierFact NoEuNexus() =>
        new("eu_nexus", "false", "neither placed on the EU market nor used in the EU", "EU域内での上市及び出力の使用がない");

    public static TierFact Exclusion(AiActExclusion exclusion) => exclusion switch
    {
        AiActExclusion.ResearchOnly => new("exclusion", "research_only_art2_6", "developed and put into service solely for scientific research (Art 2(6))", "科学的研究のみを目的として開発され、使用されるもの（第2条第6項）"),
        AiActExclusion.PreMarketResearchAndDevelopment => new("exclusion", "pre_market_rnd_art2_8", "research, testing or development before it is placed on the market (Art 2(8))", "上市前の研究、試験又は開発の段階にあるもの（第2条第8項）"),
        AiActExclusion.MilitaryNationalSecurity => new("exclusion", "military_national_security", "used exclusively for military, defence or national-security purposes (Art 2(3))", "専ら軍事、防衛又は国家安全保障の目的で使用されるもの（第2条第3項）"),
        AiActExclusion.PersonalNonProfessional => new("exclusion", "personal_non_professional", "used by natural persons in a purely personal, non-professional activity (Art 2(10))", "自然人による純粋に個人的かつ非職業的な利用（第2条第10項）"),
        _ => new("exclusion", "none", "no Art 2 exclusion", "第2条の適用除外事由なし"),
    };

    public static TierFact Practice(ProhibitedPractice practice)
    {
        var letter = practice.ToString().ToLowerInvariant();
        var (en, ja) = practice switch
        {
            ProhibitedPractice.A => ("manipulative or deceptive techniques", "操作的又は欺瞞的な技術"),
            ProhibitedPractice.B => ("exploiting vulnerabilities", "脆弱性の悪用"),
            ProhibitedPractice.C => ("social scoring", "ソーシャルスコアリング"),
            ProhibitedPractice.D => ("crime-risk prediction from profiling alone", "プロファイリングのみに基づく犯罪リスクの予測"),
            ProhibitedPractice.E => ("untargeted scraping of facial images", "顔画像の無差別な収集"),
            ProhibitedPractice.F => ("emotion inference in a workplace or education institution", "職場又は教育機関における感情推定"),
            ProhibitedPractice.G => ("biometric categorisation by sensitive attributes", "機微な属性による生体分類"),
            ProhibitedPractice.H => ("real-time remote biometric identification for law enforcement", "法執行目的のリアルタイム遠隔生体識別"),
            ProhibitedPractice.BA => ("non-consensual intimate imagery", "同意のない性的画像の生成"),
            _ => ("child sexual abuse material", "児童性的虐待コンテンツの生成"),
        };
        return new("prohibited_uses", "5-1" + practice, $"intended purpose includes {en} (Art 5(1)({letter}))", $"使用目的に{ja}（第5条第1項({letter})）を含む");
    }

    public static TierFact EmotionContext(EmotionInferenceContext context) => context switch
    {
        EmotionInferenceContext.Workplace => new("emotion_inference_context", "workplace", "emotions inferred in a workplace", "職場における感情推定"),
        EmotionInferenceContext.Education => new("emotion_inference_context", "education", "emotions inferred in an education institution", "教育機関における感情推定"),
        EmotionInferenceContext.Other => new("emotion_inference_context", "other", "emotions inferred outside workplaces and education", "職場及び教育機関以外における感情推定"),
        _ => new("emotion_inference_context", "none", "no emotion inference", "感情推定なし"),
    };

    public static TierFact NoMedicalOrSafetyReason() =>
        new("medical_or_safety_reason", "false", "no medical or safety reason for the emotion inference", "感情推定に医療上又は安全上の理由がない");

    public static TierFact NotMedicalDevice() =>
        new("is_medical_device", "no", "not a medical device", "医療機器に該当しない");

    public static TierFact Mdr(MdrClass mdrClass) => mdrClass switch
    {
        MdrClass.I => new("mdr_class", "I", "EU MDR class I device (no notified body)", "EU MDR上のクラスIの医療機器（ノーティファイドボディの関与なし）"),
        MdrClass.ISterileMeasuringReusable => new("mdr_class", "I_sterile_measuring_reusable", "EU MDR class I device that is sterile, measuring or reusable surgical (notified body)", "EU MDR上のクラスIの医療機器（滅菌、測定機能又は再使用可能な手術器具であり、ノーティファイドボディが関与）"),
        MdrClass.AnnexXviNotifiedBody => new("mdr_class", "annex_XVI_nb", "EU MDR Annex XVI product assessed by a notified body", "ノーティファイドボディによる評価を受けるEU MDR附属書XVIの製品"),
        _ => new("mdr_class", mdrClass.ToString(), $"EU MDR class {mdrClass} device", $"EU MDR上のクラス{mdrClass}の医療機器"),
    };

    public static TierFact Ivdr(IvdrClass ivdrClass) => ivdrClass switch
    {
        IvdrClass.A => new("ivdr_class", "A", "EU IVDR class A device, non-sterile (no notified body)", "EU IVDR上のクラスAの体外診断用医療機器（非滅菌、ノーティファイドボディの関与なし）"),
        IvdrClass.ASterile => new("ivdr_class", "A_sterile", "EU IVDR class A sterile device (notified body)", "EU IVDR上のクラスAの滅菌された体外診断用医療機器（ノーティファイドボディが関与）"),
        _ => new("ivdr_class", ivdrClass.ToString(), $"EU IVDR class {ivdrClass} device", $"EU IVDR上のクラス{ivdrClass}の体外診断用医療機器"),
    };

    public static TierFact InHouse() =>
        new("in_house_art5_5", "true", "health institution's in-house device (MDR/IVDR Art 5(5))", "医療機関の院内製造機器（医療機器規則・体外診断用医療機器規則第5条第5項）");

    public static TierFact Role(DeviceRole role) => role switch
    {
        DeviceRole.IsTheDevice => new("role_in_device", "is_the_device", "the AI is the device software", "AIが医療機器プログラムそのもの"),
        DeviceRole.SafetyComponent => new("role_in_device", "safety_component", "the AI is a safety component of the device", "AIが医療機器の安全構成要素"),
        _ => new("role_in_device", "non_safety_component", "the AI is a component without a safety function", "AIが安全機能を持たない構成要素"),
    };

    /// <summary>
    /// An Annex III point with what it covers: <c>5d</c> becomes "Annex III point 5(d) use: emergency call triage and
    /// dispatch, incl. emergency healthcare patient triage", so the tier sentence names the use that decided it.
    /// </summary>
    public static TierFact AnnexPoint(string point)
    {
        var number = point[..1];
        var letter = point.Length > 1 ? $"({point[1..]})" : string.Empty;
        var (en, ja) = AnnexIIIWording.Describe(point);
        return new("annex_iii_points", point, $"Annex III point {number}{letter} use: {en}", $"附属書III第{number}項{letter}の用途：{ja}");
    }

    public static TierFact NoAnnexIII() =>
        new("annex_iii_points", "[]", "no Annex III use", "附属書IIIの用途なし");

    public static TierFact Profiling() =>
        new("profiles_natural_persons", "true", "profiles natural persons", "自然人のプロファイリングを行う");

    public static TierFact Derogation(DerogationCondition condition)
    {
        if (condition == DerogationCondition.None)
        {
            return new("art6_3_condition", "none", "no Art 6(3) derogation claimed", "第6条第3項の適用除外の主張なし");
        }

        var letter = condition.ToString().ToLowerInvariant();
        var (en, ja) = condition switch
        {
            DerogationCondition.A => ("a narrow procedural task", "限定的な手続的作業"),
            DerogationCondition.B => ("improves the result of a completed human activity", "先行して完了した人間の活動の結果の改善"),
            DerogationCondition.C => ("detects decision patterns without replacing human assessment", "人間の評価を代替しない意思決定パターンの検出"),
            _ => ("a preparatory task", "準備的な作業"),
        };
        return new("art6_3_condition", letter, $"Art 6(3)({letter}) condition: {en}", $"第6条第3項({letter})の要件：{ja}");
    }

    public static TierFact NoSignificantRisk(bool none) => none
        ? new("no_significant_risk_and_not_materially_influencing", "true", "no significant risk and no material influence on decisions", "重大なリスクがなく、意思決定に実質的な影響を与えない")
        : new("no_significant_risk_and_not_materially_influencing", "false", "a significant risk or a material influence on decisions remains", "重大なリスク又は意思決定への実質的な影響がある");

    public static TierFact InteractsWithoutDisclosure() =>
        new("interacts_with_persons", "true", "interacts with persons who may not see that it is an AI", "AIであることが明らかでない形で人と対話する");

    public static TierFact Synthetic() =>
        new("generates_synthetic_content", "true", "generates synthetic content", "合成コンテンツを生成する");

    public static TierFact EmotionOrBiometric(IReadOnlyList<string> biometricPoints, EmotionInferenceContext? context) =>
        biometricPoints.Count > 0
            ? new("annex_iii_points", string.Join(", ", biometricPoints), "emotion recognition or biometric categorisation (Annex III point 1(b)/(c))", "感情認識又は生体分類（附属書III第1項(b)又は(c)）")
            : EmotionContext(context ?? EmotionInferenceContext.None);

    public static TierFact DeepFake() =>
        new("deep_fake", "true", "generates deep fakes", "ディープフェイクを生成する");

    public static TierFact NoTransparencyTrigger() =>
        new("interacts_with_persons", "-", "no Art 50 transparency trigger", "第50条の透明性義務の対象となる事由なし");

    public static TierFact GeneralPurposeModel() =>
        new("provides_gpai_model", "true", "provides a general-purpose AI model", "汎用AIモデルを提供する");

    public static TierFact PlacedBefore(DateOnly placed, DateOnly cutOff)
    {
        var p = placed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var c = cutOff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new("placed_on_market_date", p, $"placed on the market on {p}, before {c}", $"{p}に上市（{c}より前）");
    }
}
