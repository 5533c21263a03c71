using System.Text.RegularExpressions;

namespace ExplainableAI.Regulatory;

/// <summary>
/// The EU AI Act risk tier of a model from its declared facts: the decision table of catalog §5.2, rules R0–R10 evaluated
/// in order, collecting flags, the tier being the highest one reached. A missing or contradictory fact becomes a
/// <see cref="TierIssue"/> and the tier <see cref="RiskTier.Undetermined"/>; the rules that could still be evaluated give
/// <see cref="RiskTierResult.ProvisionalTier"/>.
/// </summary>
public static partial class RiskTierClassifier
{
    /// <summary>Classifies a model.</summary>
    /// <param name="facts">The declared facts.</param>
    /// <param name="regime">Which text's application dates to use.</param>
    /// <returns>The tier, routes, flags, dates, requirement IDs, deciding rules and issues.</returns>
    public static RiskTierResult Classify(DeclaredFacts facts, LegalRegime regime)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var e = new Evaluation(regime);
        CheckContradictions(facts, e);
        if (!EvaluateScope(facts, e) && !EvaluateProhibitions(facts, e))
        {
            EvaluateProductRoute(facts, e);
            EvaluateUseCaseRoute(facts, e);
            EvaluateTransparency(facts, e);
            if (e.Tier < RiskTier.Limited)
            {
                e.Reach(RiskTier.Minimal, "R8");
                e.Ids("EU-AIA-TIER-MINIMAL");
                UseMinimalFacts(facts, e);
            }

            if (facts.ProvidesGeneralPurposeAiModel)
            {
                e.Fire("R9");
                e.Use("R9", FactWording.GeneralPurposeModel());
                e.Flag(TierFlag.GeneralPurposeAiModel);
            }

            EvaluateLegacy(facts, e);
        }

        // An undeclared device status may still make the system an Annex I Section A product.
        var mayBeAnnexIProduct = facts.IsMedicalDevice is null or MedicalDeviceRegulation.Mdr or MedicalDeviceRegulation.Ivdr;
        return e.Result(facts.JapanesePmdClass is { } jp ? JapaneseDeviceClassifier.Classify(jp) : null, mayBeAnnexIProduct) with { Facts = facts };
    }

    private static void CheckContradictions(DeclaredFacts f, Evaluation e)
    {
        if (f.MdrClass is not null && f.IsMedicalDevice is MedicalDeviceRegulation.No or MedicalDeviceRegulation.Ivdr)
        {
            e.Contradiction("mdr_class", $"mdr_class is {f.MdrClass} but is_medical_device is {f.IsMedicalDevice}; an MDR class needs is_medical_device = MDR", $"mdr_class が {f.MdrClass} であるが、is_medical_device が {f.IsMedicalDevice} である。MDRのクラスを申告するには is_medical_device を MDR とする必要がある。");
        }

        if (f.IvdrClass is not null && f.IsMedicalDevice is MedicalDeviceRegulation.No or MedicalDeviceRegulation.Mdr)
        {
            e.Contradiction("ivdr_class", $"ivdr_class is {f.IvdrClass} but is_medical_device is {f.IsMedicalDevice}; an IVDR class needs is_medical_device = IVDR", $"ivdr_class が {f.IvdrClass} であるが、is_medical_device が {f.IsMedicalDevice} である。IVDRのクラスを申告するには is_medical_device を IVDR とする必要がある。");
        }

        if (f.InHouseArt5Paragraph5 == true && f.IsMedicalDevice == MedicalDeviceRegulation.No)
        {
            e.Contradiction("in_house_art5_5", "in_house_art5_5 is yes but is_medical_device is no; the Art 5(5) exemption is for devices", "in_house_art5_5 が yes であるが、is_medical_device が no である。第5条第5項の適用除外は医療機器に関するものである。");
        }

        if (f.RoleInDevice is not null && f.IsMedicalDevice == MedicalDeviceRegulation.No)
        {
            e.Contradiction("role_in_device", $"role_in_device is {f.RoleInDevice} but is_medical_device is no", $"role_in_device が {f.RoleInDevice} であるが、is_medical_device が no である。");
        }

        if (f.DeepFake == true && f.GeneratesSyntheticContent == false)
        {
            e.Contradiction("deep_fake", "deep_fake is yes but generates_synthetic_content is no", "deep_fake が yes であるが、generates_synthetic_content が no である。");
        }

        if (f.MedicalOrSafetyReason == true && f.EmotionInferenceContext == EmotionInferenceContext.None)
        {
            e.Contradiction("medical_or_safety_reason", "medical_or_safety_reason is yes but emotion_inference_context is none; the reason qualifies an emotion inference", "medical_or_safety_reason が yes であるが、emotion_inference_context が none である。この理由は感情推定について申告するものである。");
        }

        if (f.ProhibitedUses?.Contains(ProhibitedPractice.F) == true && f.EmotionInferenceContext == EmotionInferenceContext.None)
        {
            e.Contradiction("prohibited_uses", "prohibited_uses lists 5-1F (emotion inference) but emotion_inference_context is none", "prohibited_uses に 5-1F（感情推定）が含まれるが、emotion_inference_context が none である。");
        }

        if (f.AnnexIIIPoints is { } points)
        {
            foreach (var p in points.Where(p => !AnnexPoint().IsMatch(p ?? string.Empty)))
            {
                e.Contradiction("annex_iii_points", $"'{p}' is not an Annex III point (a digit 1–8 and an optional letter, e.g. 5d)", $"annex_iii_points の '{p}' は附属書IIIの項目ではない（1から8までの数字及び任意の英小文字。例：5d）。");
            }

            if (points.Count == 0 && f.Art6Paragraph3Condition is { } c && c != DerogationCondition.None)
            {
                e.Contradiction("art6_3_condition", $"art6_3_condition is {c} but annex_iii_points is empty; the Art 6(3) derogation is only for Annex III systems", $"art6_3_condition が {c} であるが、annex_iii_points が空である。第6条第3項の適用除外は附属書IIIのシステムに限られる。");
            }
        }
    }

    // R0, R1: true when the model is out of scope and evaluation stops.
    private static bool EvaluateScope(DeclaredFacts f, Evaluation e)
    {
        if (f.IsAiSystem == false || f.EuNexus == false)
        {
            e.Reach(RiskTier.OutOfScope, "R0");
            e.Use("R0", f.IsAiSystem == false ? FactWording.NotAiSystem() : null, f.EuNexus == false ? FactWording.NoEuNexus() : null);
            e.Flag(TierFlag.RecheckOnMarketExpansion);
            return true;
        }

        e.Need(f.IsAiSystem, "is_ai_system", "R0");
        e.Need(f.EuNexus, "eu_nexus", "R0");
        switch (e.Need(f.Exclusion, "exclusion", "R1"))
        {
            case AiActExclusion.ResearchOnly or AiActExclusion.PreMarketResearchAndDevelopment or AiActExclusion.MilitaryNationalSecurity:
                e.Reach(RiskTier.OutOfScope, "R1");
                e.Use("R1", FactWording.Exclusion(f.Exclusion!.Value));
                // Art 2(3) excludes systems used exclusively for military, defence or national-security purposes: civilian
                // use brings them back into scope. The research exclusions (Art 2(6), 2(8)) end with use or market placement.
                e.Flag(f.Exclusion == AiActExclusion.MilitaryNationalSecurity ? TierFlag.ReclassifyOnCivilianUse : TierFlag.ReclassifyBeforeUse);
                return true;
            case AiActExclusion.PersonalNonProfessional:
                e.Flag(TierFlag.DeployerOnlyExclusion);
                break;
        }

        return false;
    }

    // R2: true when a prohibited practice stops evaluation.
    private static bool EvaluateProhibitions(DeclaredFacts f, Evaluation e)
    {
        var uses = e.Need(f.ProhibitedUses, "prohibited_uses", "R2");
        if (uses is null)
        {
            return false;
        }

        var counted = new List<ProhibitedPractice>();
        foreach (var use in uses.Order())
        {
            if (use == ProhibitedPractice.F)
            {
                // Art 5(1)(f) prohibits emotion inference only in workplaces and education, and not for medical or safety reasons.
                var context = e.Need(f.EmotionInferenceContext, "emotion_inference_context", "R2");
                if (context is EmotionInferenceContext.Workplace or EmotionInferenceContext.Education
                    && e.Need(f.MedicalOrSafetyReason, "medical_or_safety_reason", "R2") == false)
                {
                    counted.Add(use);
                }
            }
            else if (use is ProhibitedPractice.BA or ProhibitedPractice.BB && e.Regime == LegalRegime.Original)
            {
                e.Flag(TierFlag.OmnibusOnlyProhibition);
            }
            else
            {
                counted.Add(use);
            }
        }

        if (counted.Count == 0)
        {
            return false;
        }

        e.Reach(RiskTier.Unacceptable, "R2");
        foreach (var use in counted)
        {
            e.Use("R2", FactWording.Practice(use));
            if (use == ProhibitedPractice.F)
            {
                e.Use("R2", FactWording.EmotionContext(f.EmotionInferenceContext!.Value), FactWording.NoMedicalOrSafetyReason());
            }
        }

        e.Ids([.. counted.Select(u => "EU-AIA-ART5-1" + u), "EU-AIA-TIER-UNACCEPTABLE"]);
        if (counted.Any(u => u is not (ProhibitedPractice.BA or ProhibitedPractice.BB)))
        {
            e.Date(ApplicationDates.Prohibitions);
        }

        if (counted.Any(u => u is ProhibitedPractice.BA or ProhibitedPractice.BB))
        {
            e.Date(ApplicationDates.OmnibusProhibitions);
        }

        return true;
    }

    // R3, R3b, R3c.
    private static void EvaluateProductRoute(DeclaredFacts f, Evaluation e)
    {
        var device = e.Need(f.IsMedicalDevice, "is_medical_device", "R3");
        string? notifiedBodyRow = null;
        string? plainRow = null;
        switch (device)
        {
            case MedicalDeviceRegulation.Mdr:
                switch (e.Need(f.MdrClass, "mdr_class", "R3"))
                {
                    case MdrClass.I: plainRow = "EU-MDCG-2025-6-MDR-I"; break;
                    case MdrClass.ISterileMeasuringReusable: notifiedBodyRow = "EU-MDCG-2025-6-MDR-I-SMR"; break;
                    case MdrClass.IIa or MdrClass.IIb or MdrClass.III: notifiedBodyRow = "EU-MDCG-2025-6-MDR-IIA-III"; break;
                    case MdrClass.AnnexXviNotifiedBody: notifiedBodyRow = "EU-MDCG-2025-6-MDR-XVI"; break;
                }

                break;
            case MedicalDeviceRegulation.Ivdr:
                switch (e.Need(f.IvdrClass, "ivdr_class", "R3"))
                {
                    case IvdrClass.A: plainRow = "EU-MDCG-2025-6-IVDR-A"; break;
                    case IvdrClass.ASterile: notifiedBodyRow = "EU-MDCG-2025-6-IVDR-A-STERILE"; break;
                    case IvdrClass.B or IvdrClass.C or IvdrClass.D: notifiedBodyRow = "EU-MDCG-2025-6-IVDR-BCD"; break;
                }

                break;
        }

        var classFact = f.MdrClass is { } mdr && device == MedicalDeviceRegulation.Mdr ? FactWording.Mdr(mdr)
            : f.IvdrClass is { } ivdr && device == MedicalDeviceRegulation.Ivdr ? FactWording.Ivdr(ivdr)
            : null;
        if (plainRow is not null)
        {
            e.Fire("R3c");
            e.Use("R3c", classFact, f.InHouseArt5Paragraph5 == true ? FactWording.InHouse() : null);
            e.Ids(plainRow);
            if (f.InHouseArt5Paragraph5 == true)
            {
                e.Ids("EU-MDCG-2025-6-INHOUSE");
            }

            return;
        }

        if (notifiedBodyRow is null)
        {
            return;
        }

        if (e.Need(f.InHouseArt5Paragraph5, "in_house_art5_5", "R3") is not false)
        {
            if (f.InHouseArt5Paragraph5 == true)
            {
                e.Fire("R3c");
                e.Use("R3c", classFact, FactWording.InHouse());
                e.Ids("EU-MDCG-2025-6-INHOUSE");
            }

            return;
        }

        switch (e.Need(f.RoleInDevice, "role_in_device", "R3"))
        {
            case DeviceRole.IsTheDevice or DeviceRole.SafetyComponent:
                e.Reach(RiskTier.High, "R3");
                e.Use("R3", classFact, FactWording.Role(f.RoleInDevice!.Value));
                e.Route(ClassificationRoute.Article6Paragraph1);
                e.Ids("EU-AIA-ART6-1", notifiedBodyRow);
                e.Date(ApplicationDates.HighRiskProductRoute);
                break;
            case DeviceRole.NonSafetyComponent:
                e.Fire("R3b");
                e.Use("R3b", classFact, FactWording.Role(DeviceRole.NonSafetyComponent));
                e.Flag(TierFlag.LegalReviewNonSafetyComponent);
                e.Ids("EU-AIA-OMNI-ART6-1A");
                break;
        }
    }

    // R4, R5, R6.
    private static void EvaluateUseCaseRoute(DeclaredFacts f, Evaluation e)
    {
        var points = e.Need(f.AnnexIIIPoints, "annex_iii_points", "R4");
        if (points is null || points.Count == 0)
        {
            return;
        }

        var valid = points.Where(p => AnnexPoint().IsMatch(p ?? string.Empty)).ToArray();
        var areas = valid.Select(p => "EU-AIA-ANNEX3-" + p[0]).Distinct().ToArray();
        var pointFacts = valid.Distinct(StringComparer.Ordinal).Select(FactWording.AnnexPoint).ToArray();
        var profiling = e.Need(f.ProfilesNaturalPersons, "profiles_natural_persons", "R4");
        if (profiling is null)
        {
            return;
        }

        if (profiling == true)
        {
            e.Reach(RiskTier.High, "R4");
            e.Use("R4", [.. pointFacts, FactWording.Profiling()]);
            e.Route(ClassificationRoute.Article6Paragraph2);
            e.Ids(["EU-AIA-ART6-3-PROFILING", "EU-AIA-ART6-2", .. areas]);
            e.Date(ApplicationDates.HighRiskUseCaseRoute);
            return;
        }

        var condition = e.Need(f.Art6Paragraph3Condition, "art6_3_condition", "R5");
        if (condition is null)
        {
            return;
        }

        if (condition != DerogationCondition.None)
        {
            var significant = e.Need(f.NoSignificantRiskAndNotMateriallyInfluencing, "no_significant_risk_and_not_materially_influencing", "R5");
            if (significant is null)
            {
                return;
            }

            if (significant == true)
            {
                e.Fire("R5");
                e.Use("R5", [.. pointFacts, FactWording.Derogation(condition.Value), FactWording.NoSignificantRisk(true)]);
                e.Route(ClassificationRoute.Derogation);
                e.Flag(TierFlag.DerogationDocumentationRequired);
                e.Ids("EU-AIA-ART6-3", "EU-AIA-ART6-3" + condition.Value.ToString(), "EU-AIA-ART6-4");
                e.Date(ApplicationDates.Derogation);
                return;
            }
        }

        e.Reach(RiskTier.High, "R6");
        e.Use("R6", [.. pointFacts, FactWording.Derogation(condition.Value), condition == DerogationCondition.None ? null : FactWording.NoSignificantRisk(false)]);
        e.Route(ClassificationRoute.Article6Paragraph2);
        e.Ids(["EU-AIA-ART6-2", .. areas]);
        e.Date(ApplicationDates.HighRiskUseCaseRoute);
    }

    // R7.
    private static void EvaluateTransparency(DeclaredFacts f, Evaluation e)
    {
        var ids = new List<string>();
        var used = new List<TierFact>();
        if (e.Need(f.InteractsWithPersons, "interacts_with_persons", "R7") == true
            && e.Need(f.AiNatureObvious, "ai_nature_obvious", "R7") == false)
        {
            ids.Add("EU-AIA-ART50-1");
            used.Add(FactWording.InteractsWithoutDisclosure());
        }

        var synthetic = e.Need(f.GeneratesSyntheticContent, "generates_synthetic_content", "R7");
        if (synthetic == true)
        {
            ids.Add("EU-AIA-ART50-2");
            used.Add(FactWording.Synthetic());
        }

        var context = e.Need(f.EmotionInferenceContext, "emotion_inference_context", "R7");
        var biometric = f.AnnexIIIPoints?.Where(p => p is "1b" or "1c").ToArray() ?? [];
        if (biometric.Length > 0 || context is EmotionInferenceContext.Workplace or EmotionInferenceContext.Education or EmotionInferenceContext.Other)
        {
            ids.Add("EU-AIA-ART50-3");
            used.Add(FactWording.EmotionOrBiometric(biometric, context));
        }

        var deepFake = synthetic == true ? e.Need(f.DeepFake, "deep_fake", "R7") : f.DeepFake;
        if (deepFake == true)
        {
            ids.Add("EU-AIA-ART50-4");
            used.Add(FactWording.DeepFake());
        }

        if (ids.Count == 0)
        {
            return;
        }

        e.Reach(RiskTier.Limited, "R7");
        e.Use("R7", [.. used]);
        e.Flag(TierFlag.Transparency);
        e.Ids([.. ids, "EU-AIA-ART50-5"]);
        e.Date(ApplicationDates.Transparency);
        if (synthetic == true && f.PlacedOnMarketDate is { } placed && placed < ApplicationDates.GeneralApplication)
        {
            e.Date(ApplicationDates.LegacyGenerativeMarking);
        }
    }

    // R10. Art 111(2) as published grandfathers every high-risk system placed on the market before 2 August 2026 (V);
    // the Omnibus wording ties the cut-off to the route's Chapter III date (S). A system on both routes takes the later
    // route date under the Omnibus: its Art 6(1) obligations are the ones still deferred.
    private static void EvaluateLegacy(DeclaredFacts f, Evaluation e)
    {
        if (e.Tier != RiskTier.High)
        {
            return;
        }

        var route = e.HasRoute(ClassificationRoute.Article6Paragraph1) ? ApplicationDates.HighRiskProductRoute : ApplicationDates.HighRiskUseCaseRoute;
        var cutOff = ApplicationDates.LegacyCutOff(route);
        if (f.PlacedOnMarketDate is { } placed && cutOff.In(e.Regime) is { } date && placed < date)
        {
            e.Fire("R10");
            e.Use("R10", FactWording.PlacedBefore(placed, date));
            e.Flag(TierFlag.Legacy);
            e.Ids("EU-AIA-ART111-2");
            e.Date(cutOff);
        }
    }

    // R8: what kept the model below the limited tier, as far as the declared facts say it.
    private static void UseMinimalFacts(DeclaredFacts f, Evaluation e)
    {
        if (f.IsMedicalDevice == MedicalDeviceRegulation.No)
        {
            e.Use("R8", FactWording.NotMedicalDevice());
        }

        e.Use("R8", [.. e.FactsOf("R3c"), .. e.FactsOf("R3b")]);
        if (f.AnnexIIIPoints is { Count: 0 })
        {
            e.Use("R8", FactWording.NoAnnexIII());
        }

        e.Use("R8", [.. e.FactsOf("R5")]);
    }

    [GeneratedRegex("^[1-8][a-h]?$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexPoint();
}
