using ExplainableAI.Sdk;

namespace ExplainableAI.Regulatory.Tests;

public sealed class CatalogValidationTests : IDisposable
{
    private const string Entry = """
          - id: EU-AIA-ART10-3
            framework: eu-ai-act
            kind: requirement
            reference: "Art 10(3)"
            title_en: "Representative data"
            title_ja: "データの代表性"
            evidence: "Representativeness analysis"
            families: [data-quality, fairness]
            verification: V
            automated_evidence: full
        
        """;

    private readonly string dir = Directory.CreateTempSubdirectory("xai-catalog-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void A_minimal_valid_catalog_loads()
    {
        var catalog = RequirementCatalog.Load(Write(Header + Entry));
        Assert.Equal("1", catalog.Version);
        Assert.Equal(5, catalog["EU-AIA-ART10-3"].Line);
    }

    [Fact]
    public void Missing_file_names_the_file()
    {
        var path = Path.Combine(dir, "nope.yaml");
        var e = Assert.Throws<InvalidAuditInputException>(() => RequirementCatalog.Load(path));
        Assert.Equal(path, e.File);
    }

    [Theory]
    [InlineData("verification: V", "verification: X", 13, "requirements[0].verification")]
    [InlineData("framework: eu-ai-act", "framework: eu-act", 6, "requirements[0].framework")]
    [InlineData("families: [data-quality, fairness]", "families: [data-quality, fairnes]", 12, "requirements[0].families")]
    [InlineData("kind: requirement", "kind: rule", 7, "requirements[0].kind")]
    [InlineData("automated_evidence: full", "automated_evidence: none", 14, "requirements[0].automated_evidence")]
    [InlineData("id: EU-AIA-ART10-3", "id: eu-aia-art10-3", 5, "requirements[0].id")]
    [InlineData("    title_ja: \"データの代表性\"\n", "", 5, "requirements[0].title_ja")]
    [InlineData("reference:", "refrence:", 8, "requirements[0].refrence")]
    public void An_invalid_field_is_named_with_its_file_and_line(string from, string to, int line, string field)
    {
        var path = Write(Header + Entry.Replace(from, to, StringComparison.Ordinal));
        var e = Assert.Throws<InvalidAuditInputException>(() => RequirementCatalog.Load(path));
        Assert.Equal(path, e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void A_duplicate_id_is_an_error_naming_both_lines()
    {
        var path = Write(Header + Entry + Entry);
        var e = Assert.Throws<InvalidAuditInputException>(() => RequirementCatalog.Load(path));
        Assert.Equal(15, e.Line);
        Assert.Contains("first at line 5", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_yaml_is_reported_with_its_position()
    {
        var path = Write(Header + "  - id: [unclosed\n");
        var e = Assert.Throws<InvalidAuditInputException>(() => RequirementCatalog.Load(path));
        Assert.NotNull(e.Line);
        Assert.StartsWith("not valid YAML", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_version_is_an_error()
    {
        var path = Write(Header.Replace("catalog_version: \"1\"\n", "", StringComparison.Ordinal) + Entry);
        var e = Assert.Throws<InvalidAuditInputException>(() => RequirementCatalog.Load(path));
        Assert.Equal("catalog_version", e.Field);
    }

    private const string Header = "catalog_version: \"1\"\nsource: \"test\"\nlegal_regimes: [a]\nrequirements:\n";

    private string Write(string text)
    {
        var path = Path.Combine(dir, "requirements.yaml");
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }
}
