namespace ExplainableAI.Regulatory;

/// <summary>
/// The facts a registration declares for the EU AI Act risk tier (catalog §5.1). A <see langword="null"/> property is
/// "not declared": when a rule that is reached needs it, the classifier reports a <see cref="TierIssue"/> instead of guessing.
/// </summary>
public sealed record DeclaredFacts
{
    /// <summary><c>is_ai_system</c>: Art 3(1) — infers outputs with some autonomy.</summary>
    public bool? IsAiSystem { get; init; }

    /// <summary><c>eu_nexus</c>: placed on the EU market, or output used in the EU (Art 2(1)).</summary>
    public bool? EuNexus { get; init; }

    /// <summary><c>exclusion</c>: Art 2 exclusion.</summary>
    public AiActExclusion? Exclusion { get; init; }

    /// <summary><c>prohibited_uses</c>: Art 5(1) practices in the intended purpose or use restrictions (empty set: none).</summary>
    public IReadOnlySet<ProhibitedPractice>? ProhibitedUses { get; init; }

    /// <summary><c>emotion_inference_context</c>.</summary>
    public EmotionInferenceContext? EmotionInferenceContext { get; init; }

    /// <summary><c>medical_or_safety_reason</c>: the emotion inference serves a medical or safety reason.</summary>
    public bool? MedicalOrSafetyReason { get; init; }

    /// <summary><c>is_medical_device</c>.</summary>
    public MedicalDeviceRegulation? IsMedicalDevice { get; init; }

    /// <summary><c>mdr_class</c>: only with <see cref="IsMedicalDevice"/> = MDR.</summary>
    public MdrClass? MdrClass { get; init; }

    /// <summary><c>ivdr_class</c>: only with <see cref="IsMedicalDevice"/> = IVDR.</summary>
    public IvdrClass? IvdrClass { get; init; }

    /// <summary><c>in_house_art5_5</c>: health-institution in-house device (MDR/IVDR Art 5(5)).</summary>
    public bool? InHouseArt5Paragraph5 { get; init; }

    /// <summary><c>role_in_device</c>.</summary>
    public DeviceRole? RoleInDevice { get; init; }

    /// <summary><c>annex_iii_points</c>: Annex III points such as <c>5a</c>, <c>5c</c>, <c>5d</c>, <c>1c</c> (empty: none).</summary>
    public IReadOnlyList<string>? AnnexIIIPoints { get; init; }

    /// <summary><c>art6_3_condition</c>.</summary>
    public DerogationCondition? Art6Paragraph3Condition { get; init; }

    /// <summary><c>no_significant_risk_and_not_materially_influencing</c>.</summary>
    public bool? NoSignificantRiskAndNotMateriallyInfluencing { get; init; }

    /// <summary><c>profiles_natural_persons</c> (GDPR Art 4(4) meaning).</summary>
    public bool? ProfilesNaturalPersons { get; init; }

    /// <summary><c>interacts_with_persons</c>.</summary>
    public bool? InteractsWithPersons { get; init; }

    /// <summary><c>ai_nature_obvious</c>: needed when <see cref="InteractsWithPersons"/> is true.</summary>
    public bool? AiNatureObvious { get; init; }

    /// <summary><c>generates_synthetic_content</c>.</summary>
    public bool? GeneratesSyntheticContent { get; init; }

    /// <summary><c>deep_fake</c>: needed when <see cref="GeneratesSyntheticContent"/> is true.</summary>
    public bool? DeepFake { get; init; }

    /// <summary><c>placed_on_market_date</c>; <see langword="null"/> means not yet placed on the market.</summary>
    public DateOnly? PlacedOnMarketDate { get; init; }

    /// <summary><c>provides_gpai_model</c>: a general-purpose AI model is provided (R9).</summary>
    public bool ProvidesGeneralPurposeAiModel { get; init; }

    /// <summary><c>jp_pmd_class</c>: the Japanese PMD Act device class, shown beside the tier.</summary>
    public JapaneseDeviceClass? JapanesePmdClass { get; init; }
}
