using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Regulatory.Tests;

public sealed class RegistrationFactsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("xai-regfacts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Nothing_declared_stays_undeclared_and_the_tier_is_undetermined()
    {
        var file = RegistrationFacts.Read(new RegulatoryFacts());

        Assert.Equal(new DeclaredFacts(), file.Facts);
        Assert.Null(file.Regime);
        var tier = RiskTierClassifier.Classify(file.Facts, LegalRegime.Original);
        Assert.Equal(RiskTier.Undetermined, tier.Tier);
        Assert.Contains(tier.Issues, i => i.Field == "is_ai_system" && i.Kind == TierIssueKind.Missing);
    }

    [Fact]
    public void Inline_manifest_fields_map_to_mdr_class_annex_points_and_jp_class()
    {
        var facts = RegistrationFacts.Read(new RegulatoryFacts("IIa", "5a", "II")).Facts;

        Assert.Equal(MdrClass.IIa, facts.MdrClass);
        Assert.Equal(MedicalDeviceRegulation.Mdr, facts.IsMedicalDevice);
        Assert.Equal(["5a"], facts.AnnexIIIPoints);
        Assert.Equal(JapaneseDeviceClass.II, facts.JapanesePmdClass);
        Assert.Null(facts.IsAiSystem); // never guessed
    }

    [Fact]
    public void The_file_is_read_and_completed_by_the_inline_fields()
    {
        var path = Path.Combine(folder, "facts.yaml");
        File.WriteAllText(path, "is_ai_system: yes\neu_nexus: yes\nlegal_regime: 2024/1689-as-amended-2026/1744\n");

        var file = RegistrationFacts.Read(new RegulatoryFacts("IIb", null, "III", path));

        Assert.Equal(LegalRegime.AmendedByOmnibus, file.Regime);
        Assert.True(file.Facts.IsAiSystem);
        Assert.Equal(MdrClass.IIb, file.Facts.MdrClass);
        Assert.Equal(JapaneseDeviceClass.III, file.Facts.JapanesePmdClass);
        Assert.Null(file.Facts.AnnexIIIPoints);
    }

    [Fact]
    public void A_file_contradicting_an_inline_field_is_bad_input()
    {
        var path = Path.Combine(folder, "facts.yaml");
        File.WriteAllText(path, "mdr_class: III\n");

        var e = Assert.Throws<InvalidAuditInputException>(() => RegistrationFacts.Read(new RegulatoryFacts("IIa", null, null, path)));

        Assert.Equal(path, e.File);
        Assert.Equal("mdr_class", e.Field);
    }

    [Theory]
    [InlineData("annex_iii_points: []\n", "5d")]
    [InlineData("annex_iii_points: [5a]\n", "5d")]
    [InlineData("annex_iii_points: [1c]\n", "5")]
    public void Annex_III_points_in_the_file_that_disagree_with_the_manifest_area_are_contradictory_naming_both(string file, string area)
    {
        var e = Assert.Throws<InvalidAuditInputException>(() => ReadWithArea(file, area));

        Assert.Equal(Path.Combine(folder, "facts.yaml"), e.File);
        Assert.Equal("annex_iii_points", e.Field);
        Assert.Contains("eu_ai_act_annex_iii_area " + area, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("annex_iii_points: [5d]\n", "5d")]
    [InlineData("annex_iii_points: [5d, 1c]\n", "5(d)")]
    [InlineData("annex_iii_points: [5d]\n", "5")]
    public void Annex_III_points_in_the_file_that_agree_with_the_manifest_area_are_kept(string file, string area)
    {
        Assert.Contains("5d", ReadWithArea(file, area).Facts.AnnexIIIPoints!);
    }

    [Fact]
    public void An_emergency_triage_area_in_the_manifest_alone_makes_the_system_high_risk()
    {
        var facts = ReadWithArea("is_ai_system: yes\neu_nexus: yes\nexclusion: none\nprohibited_uses: []\nemotion_inference_context: none\nis_medical_device: no\nprofiles_natural_persons: no\nart6_3_condition: none\ninteracts_with_persons: no\ngenerates_synthetic_content: no\n", "5d").Facts;

        Assert.Equal(RiskTier.High, RiskTierClassifier.Classify(facts, LegalRegime.Original).Tier);
    }

    [Fact]
    public void A_missing_file_is_bad_input_naming_it()
    {
        var path = Path.Combine(folder, "nope.yaml");

        var e = Assert.Throws<InvalidAuditInputException>(() => RegistrationFacts.Read(new RegulatoryFacts(DeclaredFacts: path)));

        Assert.Equal(path, e.File);
    }

    private DeclaredFactsFile ReadWithArea(string file, string area)
    {
        var path = Path.Combine(folder, "facts.yaml");
        File.WriteAllText(path, file);
        return RegistrationFacts.Read(new RegulatoryFacts(null, area, null, path));
    }
}
