using CsCheck;

namespace ExplainableAI.Regulatory.Tests;

/// <summary>Invariants of the decision table over arbitrary declarations (any field may be undeclared).</summary>
public sealed class ClassifierPropertyTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private static readonly string[] Points = ["1a", "1b", "1c", "2", "3a", "4a", "5a", "5b", "5c", "5d", "6", "7", "8"];

    private static readonly Gen<DeclaredFacts> AnyFacts = Gen.Int[0, 1_000_000].Array[23].Select(a => new DeclaredFacts
    {
        IsAiSystem = Bool(a[0]),
        EuNexus = Bool(a[1]),
        Exclusion = Pick<AiActExclusion>(a[2]),
        ProhibitedUses = a[3] % 4 == 3 ? null : a[3] % 4 == 0 ? Facts.Uses(Enum.GetValues<ProhibitedPractice>()[a[3] / 4 % 10]) : Facts.Uses(),
        EmotionInferenceContext = Pick<EmotionInferenceContext>(a[4]),
        MedicalOrSafetyReason = Bool(a[5]),
        IsMedicalDevice = Pick<MedicalDeviceRegulation>(a[6]),
        MdrClass = Pick<MdrClass>(a[7]),
        IvdrClass = Pick<IvdrClass>(a[8]),
        InHouseArt5Paragraph5 = Bool(a[9]),
        RoleInDevice = Pick<DeviceRole>(a[10]),
        AnnexIIIPoints = a[11] % 3 == 2 ? null : a[11] % 3 == 0 ? [Points[a[11] / 3 % Points.Length]] : [],
        Art6Paragraph3Condition = Pick<DerogationCondition>(a[12]),
        NoSignificantRiskAndNotMateriallyInfluencing = Bool(a[13]),
        ProfilesNaturalPersons = Bool(a[14]),
        InteractsWithPersons = Bool(a[15]),
        AiNatureObvious = Bool(a[16]),
        GeneratesSyntheticContent = Bool(a[17]),
        DeepFake = Bool(a[18]),
        PlacedOnMarketDate = a[19] % 2 == 0 ? null : new DateOnly(2024, 1, 1).AddDays(a[19] % 2000),
        ProvidesGeneralPurposeAiModel = a[20] % 2 == 0,
        JapanesePmdClass = Pick<JapaneseDeviceClass>(a[21]),
    });

    [Fact]
    public void The_tier_is_undetermined_exactly_when_there_are_issues_and_every_emitted_id_is_in_the_catalog()
    {
        Gen.Select(AnyFacts, Gen.Bool).Sample((facts, amended) =>
        {
            var r = RiskTierClassifier.Classify(facts, amended ? LegalRegime.AmendedByOmnibus : LegalRegime.Original);
            Assert.Equal(r.Issues.Count > 0, r.Tier == RiskTier.Undetermined);
            Assert.True(r.Issues.Count > 0 || r.Tier == r.ProvisionalTier);
            Assert.All(r.RequirementIds.Concat(r.GoodPracticeIds).Concat(r.PossibleObligationIds), id => Assert.True(shipped.Catalog.Contains(id), id));
            Assert.Equal(r.RequirementIds.Count, r.RequirementIds.Distinct().Count());
            Assert.Equal(r.ProvisionalTier == RiskTier.High, r.Routes.Contains(ClassificationRoute.Article6Paragraph1) || r.Routes.Contains(ClassificationRoute.Article6Paragraph2));
            Assert.True(!r.Flags.Contains(TierFlag.Transparency) || r.ProvisionalTier >= RiskTier.Limited);
            Assert.True(r.Tier != RiskTier.High || r.RequirementIds.Contains("EU-AIA-ART14-1"));
            Assert.True(r.Tier is not (RiskTier.Minimal or RiskTier.Limited) || r.GoodPracticeIds.Count > 0);
            // Undetermined: Chapter III may be a legal obligation, never good practice nor a settled obligation (catalog §5.2).
            Assert.Equal(r.Tier == RiskTier.Undetermined, r.PossibleObligationIds.Contains("EU-AIA-ART9-1"));
            Assert.True(r.Tier != RiskTier.Undetermined || (r.GoodPracticeIds.Count == 0 && !r.RequirementIds.Contains("EU-AIA-ART9-1")));
            Assert.True(r.Routes.Contains(ClassificationRoute.Article6Paragraph1) || !r.RequirementIds.Contains("EU-AIA-ART11-2"));
            Assert.Equal(r.DecidingRules.Count > 0, r.ProvisionalTier != RiskTier.Undetermined);
        });
    }

    [Fact]
    public void Classification_is_deterministic()
    {
        AnyFacts.Sample(facts =>
        {
            var a = RiskTierClassifier.Classify(facts, LegalRegime.Original);
            var b = RiskTierClassifier.Classify(facts, LegalRegime.Original);
            Assert.Equal(a.Tier, b.Tier);
            Assert.Equal(a.RequirementIds, b.RequirementIds);
            Assert.Equal(a.Issues, b.Issues);
            Assert.Equal(a.FiredRules, b.FiredRules);
        });
    }

    private static bool? Bool(int v) => (v % 3) switch { 0 => false, 1 => true, _ => null };

    private static T? Pick<T>(int v)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var i = v % (values.Length + 1);
        return i == values.Length ? null : values[i];
    }
}
