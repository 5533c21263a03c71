using System.Text.RegularExpressions;
using ExplainableAI.Sdk;

namespace ExplainableAI.Regulatory.Tests;

public sealed class RequirementCatalogTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private readonly RequirementCatalog catalog = shipped.Catalog;

    [Fact]
    public void Shipped_catalog_loads_with_version_and_source()
    {
        Assert.Equal("2026.12.1", catalog.Version);
        Assert.Contains("catalog.md", catalog.Source, StringComparison.Ordinal);
        Assert.Equal(260, catalog.Requirements.Count);
    }

    [Fact]
    public void Catalog_has_every_id_of_the_source_tables()
    {
        // Every ID of the source catalog's tables (catalog.md §1–§4b), spot-checked per framework and section.
        string[] ids =
        [
            "EU-AIA-DATE-EIF", "EU-AIA-DATE-OMNI-ANNEX1", "EU-AIA-OMNI-ART6-1A", "EU-AIA-TIER-MINIMAL", "EU-AIA-ART5-1BB", "EU-AIA-ART6-3-PROFILING",
            "EU-AIA-ANNEX3-8", "EU-AIA-ART50-5", "EU-AIA-ART9-6-8", "EU-AIA-ART10-6", "EU-AIA-ANNEX4-9", "EU-AIA-ART26-6", "EU-AIA-ART13-3B-VII",
            "EU-AIA-ART14-5", "EU-AIA-ART15-5", "EU-AIA-ART17-1J-M", "EU-AIA-ART73", "EU-AIA-ART111-2", "EU-GDPR-ART35", "EU-MDR-R11-OTHER",
            "EU-MDCG-2025-6-INHOUSE", "JP-SP-INNOVATION", "JP-BIZ-INNOVATION", "JP-BIZ-ACCOUNTABILITY-6", "JP-MLQM-OPS-MAINTAINABILITY",
            "JP-MLQM-EXT-AI-SECURITY", "JP-PMD-CLASS-IV", "JP-MHLW-MIS-SECURITY-GL", "JP-AIACT-2025", "GMLP-P10", "GMLP-PCCP-P5", "GMLP-TRANSP",
            "US-FDA-PCCP-IMPACT", "ISO-12792", "ISO-14971", "ISO-13485", "IEC-62304",
        ];
        Assert.All(ids, id => Assert.True(catalog.Contains(id), id));
        Assert.False(catalog.Contains("EU-AIA-ART99-1"));
        Assert.False(catalog.Contains("GMLP-PCCP-P1…P5"));
    }

    [Theory]
    [InlineData("EU-AIA-ART10-2G")] // measures to prevent and mitigate: the checks only detect
    [InlineData("EU-AIA-ART10-2H")] // how gaps are addressed: the checks only identify them
    [InlineData("EU-AIA-ART15-1")] // cybersecurity: no security test among the checks
    [InlineData("EU-AIA-ART14-4A")] // an oversight design; no built-in rule cites it
    public void A_requirement_whose_automated_part_is_detection_only_is_partial_with_what_a_person_provides(string id)
    {
        Assert.Equal(AutomatedEvidence.Partial, catalog[id].AutomatedEvidence);
        Assert.False(string.IsNullOrWhiteSpace(catalog[id].ManualEvidence));
    }

    [Fact]
    public void The_legacy_rule_states_the_published_cut_off_as_verified_and_the_Omnibus_one_as_secondary()
    {
        var r = catalog["EU-AIA-ART111-2"];
        Assert.Contains("before 2 August 2026", r.TitleEn, StringComparison.Ordinal);
        Assert.Equal(VerificationStatus.Verified, r.Verification);
        Assert.Equal("original text: V; Omnibus cut-off: S", r.VerificationNote);
    }

    [Fact]
    public void An_entry_carries_titles_evidence_families_and_verification()
    {
        var r = catalog["EU-AIA-ART10-3"];
        Assert.Equal(RequirementFramework.EuAiAct, r.Framework);
        Assert.Equal(RequirementKind.Requirement, r.Kind);
        Assert.Equal("Art 10(3)", r.Reference);
        Assert.Equal(["data-quality", "fairness"], r.Families.Order(StringComparer.Ordinal));
        Assert.Equal([CheckFamily.Fairness, CheckFamily.DataQuality], r.CheckFamilies.Order());
        Assert.Equal(VerificationStatus.Verified, r.Verification);
        Assert.Equal(AutomatedEvidence.Full, r.AutomatedEvidence);
        Assert.Null(r.ManualEvidence);
        Assert.Contains("代表性", r.TitleJa, StringComparison.Ordinal);

        Assert.Equal("Art 13(3)(b)(ii)", catalog["EU-AIA-ART13-3B-II"].Reference);
        Assert.Equal("Annex IV 2(g)", catalog["EU-AIA-ANNEX4-2G"].Reference);
        Assert.Equal("B-1", catalog["JP-MLQM-DATA-COVERAGE"].Reference);
    }

    [Fact]
    public void Verification_status_is_kept_from_the_source()
    {
        Assert.Equal(VerificationStatus.SecondarySource, catalog["EU-AIA-ART9-6-8"].Verification);
        Assert.Equal(VerificationStatus.Unverified, catalog["EU-AIA-ANNEX4-1"].Verification);
        Assert.Equal(VerificationStatus.Unverified, catalog["EU-AIA-ART15-1"].Verification);
        Assert.Equal(VerificationStatus.SecondarySource, catalog["EU-AIA-DATE-OMNI-ANNEX3"].Verification);
        Assert.Equal(VerificationStatus.SecondarySource, catalog["EU-MDCG-2025-6-MDR-IIA-III"].Verification);
        Assert.Equal(VerificationStatus.Verified, catalog["JP-BIZ-SAFETY"].Verification);
        Assert.Equal(VerificationStatus.Unverified, catalog["JP-BIZ-SAFETY-3"].Verification);
        Assert.Equal(VerificationStatus.SecondarySource, catalog["JP-BIZ-FAIRNESS-2"].Verification);
        Assert.Equal(VerificationStatus.Unverified, catalog["IEC-62304"].Verification);
    }

    [Fact]
    public void Japanese_frameworks_use_the_official_japanese_names()
    {
        Assert.Equal("人間中心の原則", catalog["JP-SP-HUMAN-CENTRIC"].TitleJa);
        Assert.Equal("公平性、説明責任及び透明性の原則", catalog["JP-SP-FAT"].TitleJa);
        Assert.Equal("適正学習", catalog["JP-BIZ-SAFETY-3"].TitleJa);
        Assert.Equal("人間の判断の介在", catalog["JP-BIZ-FAIRNESS-2"].TitleJa);
        Assert.Equal("データセットの被覆性", catalog["JP-MLQM-DATA-COVERAGE"].TitleJa);
        Assert.Equal("高度管理医療機器（クラスIII）・承認", catalog["JP-PMD-CLASS-III"].TitleJa);
    }

    [Fact]
    public void Every_entry_has_a_japanese_title_and_every_date_entry_a_date()
    {
        Assert.All(catalog.Requirements, r => Assert.Matches(new Regex(@"[\u3040-\u30FF\u4E00-\u9FFF]"), r.TitleJa));
        Assert.All(catalog.Requirements.Where(r => r.Kind == RequirementKind.Date), r => Assert.NotNull(r.Date));
        Assert.Equal(new DateOnly(2027, 8, 2), catalog["EU-AIA-DATE-ART6-1"].Date);
        Assert.Equal(new DateOnly(2027, 12, 2), catalog["EU-AIA-DATE-OMNI-ANNEX3"].Date);
    }

    [Fact]
    public void Requirements_that_need_a_person_say_what_to_provide()
    {
        var needing = catalog.Requirements.Where(r => r.Kind == RequirementKind.Requirement && r.AutomatedEvidence != AutomatedEvidence.Full).ToArray();
        Assert.NotEmpty(needing);
        Assert.All(needing, r => Assert.False(string.IsNullOrWhiteSpace(r.ManualEvidence), r.Id));
        Assert.Equal(AutomatedEvidence.Partial, catalog["EU-AIA-ART14-1"].AutomatedEvidence); // explanation checks contribute; the design record is manual
        Assert.Contains("oversight", catalog["EU-AIA-ART14-1"].ManualEvidence, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(AutomatedEvidence.None, catalog["EU-AIA-ART17-1"].AutomatedEvidence);
        Assert.Contains("QMS", catalog["EU-AIA-ART17-1"].ManualEvidence, StringComparison.Ordinal);
        Assert.Equal(AutomatedEvidence.Partial, catalog["EU-AIA-ANNEX4-2G"].AutomatedEvidence);
    }

    [Fact]
    public void The_catalog_never_says_compliant()
    {
        var text = File.ReadAllText(RequirementCatalog.DefaultPath);
        var lines = text.Split('\n').Where(l => !l.TrimStart().StartsWith('#'));
        Assert.DoesNotContain(lines, l => l.Contains("compliant", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Lookup_of_an_unknown_id_fails_loudly_and_try_get_does_not()
    {
        Assert.Throws<KeyNotFoundException>(() => catalog["EU-AIA-ART99"]);
        Assert.False(catalog.TryGet("EU-AIA-ART99", out var none));
        Assert.Null(none);
        Assert.True(catalog.TryGet("GMLP-P4", out var p4));
        Assert.Equal(RequirementFramework.Gmlp, p4.Framework);
    }

    [Fact]
    public void Find_unknown_returns_each_unknown_citation_with_its_rule()
    {
        RuleDescriptor[] rules =
        [
            new("XAI6901", "a", "a", CheckFamily.DataQuality, Severity.Warning, "a", ["EU-AIA-ART10-3", "EU-AIA-ART10-99"]),
            new("XAI6902", "b", "b", CheckFamily.DataQuality, Severity.Warning, "b", ["GMLP-P4"]),
            new("XAI6903", "c", "c", CheckFamily.DataQuality, Severity.Warning, "c", ["JP-NOPE"]),
        ];
        Assert.Equal([new UnknownRequirement("XAI6901", "EU-AIA-ART10-99"), new UnknownRequirement("XAI6903", "JP-NOPE")], catalog.FindUnknown(rules));
        Assert.Empty(catalog.FindUnknown(rules.Skip(1).Take(1)));
    }
}
