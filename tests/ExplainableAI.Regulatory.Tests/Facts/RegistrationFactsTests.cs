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

    [Fact]
    public void A_missing_file_is_bad_input_naming_it()
    {
        var path = Path.Combine(folder, "nope.yaml");

        var e = Assert.Throws<InvalidAuditInputException>(() => RegistrationFacts.Read(new RegulatoryFacts(DeclaredFacts: path)));

        Assert.Equal(path, e.File);
    }
}
