using System.Text.RegularExpressions;
using ExplainableAI.Sdk;

namespace ExplainableAI.Regulatory.Tests;

/// <summary>The Japanese report's "still needs a person" column comes from the catalog's <c>_ja</c> fields, for every entry.</summary>
public sealed partial class JapaneseEvidenceTextTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private readonly RequirementCatalog catalog = shipped.Catalog;

    [Fact]
    public void Every_requirement_with_manual_evidence_has_it_in_Japanese()
    {
        var lacking = catalog.Requirements.Where(r => r.ManualEvidence is not null && string.IsNullOrWhiteSpace(r.ManualEvidenceJa)).Select(r => r.Id).ToArray();
        Assert.Empty(lacking);
        Assert.Equal(161, catalog.Requirements.Count(r => r.ManualEvidenceJa is not null));
    }

    [Fact]
    public void Every_verification_note_has_it_in_Japanese()
    {
        var notes = catalog.Requirements.Where(r => r.VerificationNote is not null).ToArray();
        Assert.Equal(89, notes.Length);
        Assert.All(notes, r => Assert.True(Japanese().IsMatch(r.VerificationNoteJa ?? string.Empty), r.Id));
    }

    [Fact]
    public void Every_entry_whose_evidence_text_the_report_shows_has_it_in_Japanese()
    {
        // Without manual_evidence the coverage table falls back to evidence (then the title): that text needs Japanese too.
        var lacking = catalog.Requirements.Where(r => r.ManualEvidenceShownJa is null).Select(r => r.Id).ToArray();
        Assert.Empty(lacking);
        Assert.All(catalog.Requirements.Where(r => r.ManualEvidence is null && r.Evidence is not null), r => Assert.False(string.IsNullOrWhiteSpace(r.EvidenceJa), r.Id));
    }

    [Fact]
    public void Japanese_evidence_text_is_Japanese_with_statutory_numbering_and_full_width_punctuation()
    {
        foreach (var r in catalog.Requirements.Where(r => r.ManualEvidence is not null || r.Evidence is not null))
        {
            var ja = r.ManualEvidenceShownJa!;
            Assert.True(Japanese().IsMatch(ja), $"{r.Id}: {ja}");
            Assert.False(EnglishStatute().IsMatch(ja), $"{r.Id} keeps English statutory numbering: {ja}");
            Assert.False(HalfWidthPunctuation().IsMatch(StatuteLetter().Replace(ja, string.Empty)), $"{r.Id} has half-width punctuation in running text: {ja}");
            Assert.False(ja.EndsWith('。'), $"{r.Id}: a table cell is a noun phrase without a final 。 (docs/ja-glossary.md): {ja}");
        }
    }

    [Fact]
    public void Shared_texts_are_translated_the_same_way_and_statutes_use_Japanese_numbering()
    {
        Assert.Equal(catalog["EU-AIA-ART5-1A"].ManualEvidenceJa, catalog["EU-AIA-ART5-1H"].ManualEvidenceJa);
        Assert.Contains("第17条第1項(a)から(m)まで", catalog["EU-AIA-ART17-1"].ManualEvidenceJa, StringComparison.Ordinal);
        Assert.Contains("人間による監視", catalog["EU-AIA-ART14-1"].ManualEvidenceJa, StringComparison.Ordinal);
        Assert.Equal("申告された附属書IIIの領域", catalog["EU-AIA-ART6-2"].ManualEvidenceJa);
        Assert.Equal("登録情報において申告された附属書IIIの領域", catalog["EU-AIA-ANNEX3-5"].EvidenceJa);
    }

    [Fact]
    public void A_Japanese_text_without_its_English_is_a_catalog_error()
    {
        var dir = Directory.CreateTempSubdirectory("xai-catalog-ja-").FullName;
        try
        {
            var path = Path.Combine(dir, "requirements.yaml");
            File.WriteAllText(path, """
                catalog_version: "1"
                source: "test"
                legal_regimes: [a]
                requirements:
                  - id: EU-AIA-ART10-3
                    framework: eu-ai-act
                    kind: requirement
                    reference: "Art 10(3)"
                    title_en: "Representative data"
                    title_ja: "データの代表性"
                    evidence: "Representativeness analysis"
                    families: [data-quality]
                    verification: V
                    automated_evidence: full
                    manual_evidence_ja: "代表性の分析"

                """.ReplaceLineEndings("\n"));
            var e = Assert.Throws<InvalidAuditInputException>(() => RequirementCatalog.Load(path));
            Assert.Equal("requirements[0].manual_evidence_ja", e.Field);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Japanese();

    [GeneratedRegex(@"\b(Art|Annex|Article)\s*[0-9IVX]")]
    private static partial Regex EnglishStatute();

    // Statutory points keep their half-width letters, as in title_ja: 第5条第1項(a).
    [GeneratedRegex(@"\([a-z]{1,3}\)")]
    private static partial Regex StatuteLetter();

    // ASCII ';', ':', parentheses, or ', ' / '. ' between words; decimals such as 0.1 stay as they are.
    [GeneratedRegex(@"[;:()]|, |\.\s")]
    private static partial Regex HalfWidthPunctuation();
}
