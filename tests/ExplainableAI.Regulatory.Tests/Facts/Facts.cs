namespace ExplainableAI.Regulatory.Tests;

/// <summary>Declared-fact builders: every field declared, for a model that is in scope and triggers no rule but R8.</summary>
internal static class Facts
{
    public static DeclaredFacts Minimal { get; } = new()
    {
        IsAiSystem = true,
        EuNexus = true,
        Exclusion = AiActExclusion.None,
        ProhibitedUses = new HashSet<ProhibitedPractice>(),
        EmotionInferenceContext = EmotionInferenceContext.None,
        MedicalOrSafetyReason = false,
        IsMedicalDevice = MedicalDeviceRegulation.No,
        AnnexIIIPoints = [],
        Art6Paragraph3Condition = DerogationCondition.None,
        NoSignificantRiskAndNotMateriallyInfluencing = false,
        ProfilesNaturalPersons = false,
        InteractsWithPersons = false,
        AiNatureObvious = false,
        GeneratesSyntheticContent = false,
        DeepFake = false,
    };

    public static DeclaredFacts MdrDevice(MdrClass mdrClass, DeviceRole role = DeviceRole.IsTheDevice) =>
        Minimal with { IsMedicalDevice = MedicalDeviceRegulation.Mdr, MdrClass = mdrClass, InHouseArt5Paragraph5 = false, RoleInDevice = role };

    public static DeclaredFacts IvdrDevice(IvdrClass ivdrClass, DeviceRole role = DeviceRole.IsTheDevice) =>
        Minimal with { IsMedicalDevice = MedicalDeviceRegulation.Ivdr, IvdrClass = ivdrClass, InHouseArt5Paragraph5 = false, RoleInDevice = role };

    public static DeclaredFacts AnnexIII(params string[] points) => Minimal with { AnnexIIIPoints = points };

    public static HashSet<ProhibitedPractice> Uses(params ProhibitedPractice[] uses) => [.. uses];
}
