using ExplainableAI.Sdk;

namespace ExplainableAI.Regulatory.Tests;

public sealed class DeclaredFactsReaderTests
{
    private const string ChestXray = """
        is_ai_system: yes
        eu_nexus: yes
        exclusion: none
        prohibited_uses: []
        emotion_inference_context: none
        medical_or_safety_reason: no
        is_medical_device: MDR
        mdr_class: IIa
        in_house_art5_5: no
        role_in_device: is_the_device
        annex_iii_points: []
        art6_3_condition: none
        profiles_natural_persons: no
        interacts_with_persons: no
        generates_synthetic_content: no
        placed_on_market_date: 2027-03-01
        jp_pmd_class: II
        legal_regime: 2024/1689-as-amended-2026/1744
        """;

    [Fact]
    public void A_registration_schema_file_reads_into_typed_facts_that_classify()
    {
        var file = DeclaredFactsReader.Parse(new StringReader(ChestXray), "facts.yaml");
        Assert.Equal(LegalRegime.AmendedByOmnibus, file.Regime);
        Assert.Equal(MdrClass.IIa, file.Facts.MdrClass);
        Assert.Equal(new DateOnly(2027, 3, 1), file.Facts.PlacedOnMarketDate);
        Assert.Equal(JapaneseDeviceClass.II, file.Facts.JapanesePmdClass);
        Assert.Null(file.Facts.DeepFake); // left out: not declared

        var r = RiskTierClassifier.Classify(file.Facts, file.Regime!.Value);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal(new DateOnly(2028, 8, 2), r.AppliesFrom);
        Assert.Contains(TierFlag.Legacy, r.Flags); // on the market before 2028-08-02
        Assert.Equal("JP-PMD-CLASS-II", r.JapaneseDeviceClass?.RequirementId);
    }

    [Fact]
    public void Prohibited_uses_and_annex_points_read_as_catalog_tokens()
    {
        var file = DeclaredFactsReader.Parse(new StringReader("prohibited_uses: [5-1F, 5-1BA]\nannex_iii_points: [5d, 1c]\n"), "f.yaml");
        Assert.Equal([ProhibitedPractice.F, ProhibitedPractice.BA], file.Facts.ProhibitedUses!.Order());
        Assert.Equal(["5d", "1c"], file.Facts.AnnexIIIPoints);
        Assert.Null(file.Regime);
    }

    [Theory]
    [InlineData("mdr_class: IIc\n", 1, "mdr_class")]
    [InlineData("is_ai_system: yes\neu_nexus: maybe\n", 2, "eu_nexus")]
    [InlineData("prohibited_uses: [5-1Z]\n", 1, "prohibited_uses")]
    [InlineData("placed_on_market_date: 01/02/2027\n", 1, "placed_on_market_date")]
    [InlineData("annex_iii_points: 5d\n", 1, "annex_iii_points")]
    [InlineData("jp_pmd_class: V\n", 1, "jp_pmd_class")]
    [InlineData("is_ai_system: yes\nmdr_klass: IIa\n", 2, "mdr_klass")]
    public void An_invalid_or_unknown_field_names_the_file_line_and_field(string yaml, int line, string field)
    {
        var e = Assert.Throws<InvalidAuditInputException>(() => DeclaredFactsReader.Parse(new StringReader(yaml), "facts.yaml"));
        Assert.Equal("facts.yaml", e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(field, e.Field);
    }
}
