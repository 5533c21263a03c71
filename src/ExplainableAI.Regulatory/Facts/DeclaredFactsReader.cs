using System.Globalization;
using ExplainableAI.Core;
using ExplainableAI.Sdk;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExplainableAI.Regulatory;

/// <summary>
/// Reads the declared facts of catalog §5.1 from YAML, with the registration-schema field names
/// (<c>is_ai_system</c>, <c>mdr_class</c>, <c>annex_iii_points</c>…). A field left out stays undeclared (the classifier
/// reports it when a rule needs it); an unknown field or an invalid value is an error naming the file, line and field.
/// </summary>
public static class DeclaredFactsReader
{
    private static readonly string[] Fields =
    [
        "is_ai_system", "eu_nexus", "exclusion", "prohibited_uses", "emotion_inference_context", "medical_or_safety_reason", "is_medical_device",
        "mdr_class", "ivdr_class", "in_house_art5_5", "role_in_device", "annex_iii_points", "art6_3_condition",
        "no_significant_risk_and_not_materially_influencing", "profiles_natural_persons", "interacts_with_persons", "ai_nature_obvious",
        "generates_synthetic_content", "deep_fake", "placed_on_market_date", "provides_gpai_model", "jp_pmd_class", "legal_regime",
    ];

    /// <summary>Reads a YAML file whose root mapping holds the facts.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The facts and the regime.</returns>
    /// <exception cref="InvalidAuditInputException">The file is missing, not a regular file, not YAML, beyond a <see cref="YamlLimits"/> bound, or a field is unknown or invalid.</exception>
    public static DeclaredFactsFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Read(YamlFile.Load(path, "declared-facts file"), path);
    }

    /// <summary>Reads YAML text whose root mapping holds the facts.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="file">The file name to report in errors.</param>
    /// <returns>The facts and the regime.</returns>
    /// <exception cref="InvalidAuditInputException">Not YAML, or a field is unknown or invalid.</exception>
    public static DeclaredFactsFile Parse(TextReader text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(YamlFile.Parse(text, file), file);
    }

    private static DeclaredFactsFile Read(YamlStream stream, string file)
    {
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw new InvalidAuditInputException("expected a mapping of declared facts", file);
        }

        var r = new FieldReader(map, file);
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !Fields.Contains(name, StringComparer.Ordinal))
            {
                throw new InvalidAuditInputException($"unknown declared fact; expected one of {string.Join(", ", Fields)}", file, (int)key.Start.Line, (int)key.Start.Column, name);
            }
        }

        var facts = new DeclaredFacts
        {
            IsAiSystem = r.Bool("is_ai_system"),
            EuNexus = r.Bool("eu_nexus"),
            Exclusion = r.Token("exclusion", new Dictionary<string, AiActExclusion>
            {
                ["none"] = AiActExclusion.None,
                ["research_only_art2_6"] = AiActExclusion.ResearchOnly,
                ["pre_market_rnd_art2_8"] = AiActExclusion.PreMarketResearchAndDevelopment,
                ["military_national_security"] = AiActExclusion.MilitaryNationalSecurity,
                ["personal_non_professional"] = AiActExclusion.PersonalNonProfessional,
            }),
            ProhibitedUses = r.List("prohibited_uses") is { } uses
                ? uses.Select(u => r.Parse(u, "prohibited_uses", Enum.GetValues<ProhibitedPractice>().ToDictionary(p => "5-1" + p, p => p))).ToHashSet()
                : null,
            EmotionInferenceContext = r.Token("emotion_inference_context", new Dictionary<string, EmotionInferenceContext>
            {
                ["none"] = EmotionInferenceContext.None,
                ["workplace"] = EmotionInferenceContext.Workplace,
                ["education"] = EmotionInferenceContext.Education,
                ["other"] = EmotionInferenceContext.Other,
            }),
            MedicalOrSafetyReason = r.Bool("medical_or_safety_reason"),
            IsMedicalDevice = r.Token("is_medical_device", new Dictionary<string, MedicalDeviceRegulation>
            {
                ["no"] = MedicalDeviceRegulation.No,
                ["MDR"] = MedicalDeviceRegulation.Mdr,
                ["IVDR"] = MedicalDeviceRegulation.Ivdr,
            }),
            MdrClass = r.Token("mdr_class", new Dictionary<string, MdrClass>
            {
                ["I"] = Regulatory.MdrClass.I,
                ["I_sterile_measuring_reusable"] = Regulatory.MdrClass.ISterileMeasuringReusable,
                ["IIa"] = Regulatory.MdrClass.IIa,
                ["IIb"] = Regulatory.MdrClass.IIb,
                ["III"] = Regulatory.MdrClass.III,
                ["annex_XVI_nb"] = Regulatory.MdrClass.AnnexXviNotifiedBody,
            }),
            IvdrClass = r.Token("ivdr_class", new Dictionary<string, IvdrClass>
            {
                ["A"] = Regulatory.IvdrClass.A,
                ["A_sterile"] = Regulatory.IvdrClass.ASterile,
                ["B"] = Regulatory.IvdrClass.B,
                ["C"] = Regulatory.IvdrClass.C,
                ["D"] = Regulatory.IvdrClass.D,
            }),
            InHouseArt5Paragraph5 = r.Bool("in_house_art5_5"),
            RoleInDevice = r.Token("role_in_device", new Dictionary<string, DeviceRole>
            {
                ["is_the_device"] = DeviceRole.IsTheDevice,
                ["safety_component"] = DeviceRole.SafetyComponent,
                ["non_safety_component"] = DeviceRole.NonSafetyComponent,
            }),
            AnnexIIIPoints = r.List("annex_iii_points")?.Select(n => n.Value!).ToArray(),
            Art6Paragraph3Condition = r.Token("art6_3_condition", new Dictionary<string, DerogationCondition>
            {
                ["none"] = DerogationCondition.None,
                ["a"] = DerogationCondition.A,
                ["b"] = DerogationCondition.B,
                ["c"] = DerogationCondition.C,
                ["d"] = DerogationCondition.D,
            }),
            NoSignificantRiskAndNotMateriallyInfluencing = r.Bool("no_significant_risk_and_not_materially_influencing"),
            ProfilesNaturalPersons = r.Bool("profiles_natural_persons"),
            InteractsWithPersons = r.Bool("interacts_with_persons"),
            AiNatureObvious = r.Bool("ai_nature_obvious"),
            GeneratesSyntheticContent = r.Bool("generates_synthetic_content"),
            DeepFake = r.Bool("deep_fake"),
            PlacedOnMarketDate = r.Date("placed_on_market_date"),
            ProvidesGeneralPurposeAiModel = r.Bool("provides_gpai_model") ?? false,
            JapanesePmdClass = r.Scalar("jp_pmd_class") is { } jp
                ? JapaneseDeviceClassifier.TryParse(jp.Value, out var c) ? c : throw r.Invalid(jp, "jp_pmd_class", "expected I, II, III or IV")
                : null,
        };
        var regime = r.Token("legal_regime", new Dictionary<string, LegalRegime>
        {
            ["2024/1689-original"] = LegalRegime.Original,
            ["2024/1689-as-amended-2026/1744"] = LegalRegime.AmendedByOmnibus,
        });
        return new DeclaredFactsFile(facts, regime);
    }

    private sealed class FieldReader(YamlMappingNode map, string file)
    {
        public YamlScalarNode? Scalar(string key)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return null;
            }

            return node is YamlScalarNode s ? (s.Style == ScalarStyle.Plain && s.Value is "null" or "~" or "" ? null : s) : throw Invalid(node, key, "expected a single value");
        }

        public IReadOnlyList<YamlScalarNode>? List(string key)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return null;
            }

            if (node is not YamlSequenceNode seq)
            {
                throw Invalid(node, key, "expected a list (use [] for none)");
            }

            return [.. seq.Children.Select(n => n as YamlScalarNode ?? throw Invalid(n, key, "expected a list of values"))];
        }

        public bool? Bool(string key) => Scalar(key) is { } s
            ? s.Value switch
            {
                "true" or "yes" => true,
                "false" or "no" => false,
                _ => throw Invalid(s, key, "expected yes or no"),
            }
            : null;

        public DateOnly? Date(string key) => Scalar(key) is { } s
            ? DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw Invalid(s, key, "expected a date (yyyy-MM-dd)")
            : null;

        public T? Token<T>(string key, Dictionary<string, T> tokens)
            where T : struct => Scalar(key) is { } s ? Parse(s, key, tokens) : null;

        public T Parse<T>(YamlScalarNode s, string key, Dictionary<string, T> tokens) =>
            tokens.TryGetValue(s.Value ?? string.Empty, out var v) ? v : throw Invalid(s, key, $"'{s.Value}' is not one of {string.Join(", ", tokens.Keys)}");

        public InvalidAuditInputException Invalid(YamlNode node, string key, string problem) =>
            new(problem, file, (int)node.Start.Line, (int)node.Start.Column, key);
    }
}
