using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Regulatory.Tests;

public sealed class AnnexIvDraftTests
{
    private static readonly string[] Headings =
    [
        "## 1. General description of the AI system",
        "## 2. Elements of the AI system and its development process",
        "### 2(a) Development methods and steps",
        "### 2(b) Design specification",
        "### 2(c) System architecture and computational resources",
        "### 2(d) Data requirements",
        "### 2(e) Human oversight measures (Art 14)",
        "### 2(f) Pre-determined changes",
        "### 2(g) Validation and testing procedures",
        "### 2(h) Cybersecurity measures",
        "## 3. Monitoring, functioning and control",
        "## 4. Appropriateness of the performance metrics",
        "## 5. Risk management system (Art 9)",
        "## 6. Relevant changes over the lifecycle",
        "## 7. Harmonised standards and common specifications applied",
        "## 8. EU declaration of conformity (Art 47)",
        "## 9. Post-market monitoring plan (Art 72)",
        "## Appendix: requirements that still need evidence from a person",
    ];

    [Fact]
    public void Draft_has_every_Annex_IV_section_in_order_and_marks_what_the_provider_must_write()
    {
        var lines = Lines(AnnexIvDraft.Render(Fixture()));

        var headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Headings, headings);
        Assert.Single(lines, l => l.StartsWith("# ", StringComparison.Ordinal));

        // Points the audit cannot fill: 1 (provider…), 2(a), 2(c), 2(e), 5, 6, 7, 8, 9 and more.
        var placeholders = lines.Count(l => l.Contains("**TO BE PROVIDED BY THE PROVIDER**", StringComparison.Ordinal));
        Assert.Equal(23, placeholders);
        Assert.Equal("**TO BE PROVIDED BY THE PROVIDER**: a copy of the EU declaration of conformity.", Section(lines, "## 8.").Last());
    }

    [Fact]
    public void Draft_is_prefilled_from_registration_results_and_coverage()
    {
        var text = AnnexIvDraft.Render(Fixture(), reportSha256: "abc123");
        var lines = Lines(text);

        Assert.Equal("# Technical documentation draft (EU AI Act, Annex IV): icu\\_sepsis 2.0", lines[0]);
        Assert.Contains("- EU AI Act risk tier, from the declared facts: **high** (decision-table rules R3); dates under the original regime.", lines);
        Assert.Contains("- Main obligations apply from: 2027-08-02.", lines);
        Assert.Contains("- Evidence: report.json, SHA-256 abc123 (verify with sha256sum -c report.json.sha256).", lines);
        Assert.Contains("- Intended purpose: Early warning of sepsis in adult ICU patients.", lines);
        Assert.Contains("- Intended users: ICU physicians; ICU nurses", lines);
        Assert.Contains($"- Model file: model.zip, format mlnet, SHA-256 {new string('a', 64)}", lines);
        Assert.Contains("- Task: binary classification; 2 input features (listed in section 3)", lines);
        Assert.Equal(
            [
                "*EU-AIA-ANNEX4-2D (Annex IV 2\\(d\\)): partiallyCovered, evidence from XAI6001; catalog verification V.*",
                "| Role | Name | Rows | Columns | Missing cells | SHA-256 |",
                "|---|---|---:|---:|---:|---|",
                "| evaluation | current.csv | 3000 | 14 | 12 | " + new string('b', 64) + " |",
                "- Label column: sepsis; sensitive attributes examined: sex",
                "- Data-quality findings of this audit:",
                "  - XAI6001 warning (crp): Column 'crp' is missing in 45 % of rows",
                "- Training data provenance, scope and main characteristics; how the data were obtained and selected; labelling and cleaning procedures: **TO BE PROVIDED BY THE PROVIDER**: the datasheets of the training, validation and test data.",
            ],
            Section(lines, "### 2(d)"));
        Assert.Contains("| DiscriminationCheck | auroc | all | 0.912 | 0.9 to 0.93 |", lines);
        Assert.Contains("- Performance and calibration metrics the audit measured: auroc", lines);
        Assert.Contains("| lactate | numeric | mmol/L | 0 to 30 | increasing |", lines);
        Assert.Contains("| EU-AIA-ANNEX4-5 | Description of the Art 9 risk management system | manualEvidenceNeeded | U | Risk file reference |", lines);
        Assert.DoesNotContain("| EU-AIA-ANNEX4-2G |", text, StringComparison.Ordinal); // covered rows are not gaps
        Assert.DoesNotContain("compliant", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Same_report_gives_the_same_bytes()
    {
        Assert.Equal(AnnexIvDraft.Render(Fixture(), "abc"), AnnexIvDraft.Render(Fixture(), "abc"));
    }

    [Fact]
    public void A_report_without_regulatory_section_or_model_still_drafts_every_section()
    {
        var report = Fixture() with { Regulatory = null, Model = null };

        var lines = Lines(AnnexIvDraft.Render(report));

        Assert.Contains("- EU AI Act risk tier: not determined (the report has no regulatory section).", lines);
        Assert.Contains("- Model file: none; the audit used precomputed scores", lines);
        Assert.Contains("*EU-AIA-ANNEX4-1: not in this report's coverage.*", lines);
        Assert.Equal("The report has no regulatory coverage.", lines[^1]);
        Assert.Equal(Headings, lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Values_from_the_registration_and_data_cannot_inject_markup()
    {
        const string hostile = "ok\n# Injected heading\n[click](http://evil.example) <script>x</script> | cell `code` *bold* ![img](www.evil.example)";
        var report = Fixture() with
        {
            Registration = Fixture().Registration with { Declared = Fixture().Registration.Declared with { IntendedPurpose = hostile, IntendedUsers = [hostile] } },
            Findings = [new Finding("XAI6001", CheckFamily.DataQuality, Severity.Warning, hostile, new FindingLocation(hostile, hostile), Evidence.None, "MissingValuesCheck")],
        };

        var text = AnnexIvDraft.Render(report);
        var lines = Lines(text);

        Assert.DoesNotContain(lines, l => l.StartsWith("# Injected", StringComparison.Ordinal));
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", text, StringComparison.Ordinal);
        Assert.DoesNotContain("www.evil", text, StringComparison.Ordinal);
        Assert.Contains(
            "- Intended purpose: ok \\# Injected heading \\[click\\]\\(http\\://evil.example\\) \\<script\\>x\\</script\\> \\| cell \\`code\\` \\*bold\\* \\!\\[img\\]\\(www\\.evil.example\\)",
            lines);
    }

    [Theory]
    [InlineData("plain text 1.0", "plain text 1.0")]
    [InlineData("a_b*c", "a\\_b\\*c")]
    [InlineData("line\r\nbreak\ttab", "line  break tab")]
    [InlineData("see https://x.org and WWW.y.org", "see https\\://x.org and WWW\\.y.org")]
    [InlineData("&amp; {x} ~y~", "\\&amp; \\{x\\} \\~y\\~")]
    [InlineData("Site A\u202E9.0 > 1.0", "Site A\\<U+202E\\>9.0 \\> 1.0")]
    [InlineData("\u2067x\u2069\u200F", "\\<U+2067\\>x\\<U+2069\\>\\<U+200F\\>")]
    [InlineData(null, "")]
    public void Escape_makes_text_inert(string? input, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(input));
    }

    private static List<string> Lines(string text)
    {
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        return [.. text.TrimEnd('\n').Split('\n')];
    }

    [Fact]
    public void An_undetermined_tier_says_the_draft_may_be_a_legal_obligation_never_optional()
    {
        var report = Fixture() with { Regulatory = Fixture().Regulatory! with { Tier = "undetermined", ProvisionalTier = "minimal", AppliesFrom = null } };

        var text = AnnexIvDraft.Render(report);

        Assert.Contains("may be a legal obligation — tier undetermined", text, StringComparison.Ordinal);
        Assert.DoesNotContain("optional", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_declared_facts_file_is_reported_not_only_the_manifest_inline_fields()
    {
        var report = Fixture() with
        {
            Registration = Fixture().Registration with { Regulatory = new RegulatoryFacts(DeclaredFacts: "/m/declared_facts.yaml") },
            Regulatory = Fixture().Regulatory! with { DeclaredFacts = new DeclaredFactsRecord("MDR", "IIb", null, ["5d"], "III", new DateOnly(2026, 12, 1)) },
        };

        var line = Assert.Single(Lines(AnnexIvDraft.Render(report)), l => l.StartsWith("- Declared regulatory facts:", StringComparison.Ordinal));

        Assert.Equal("- Declared regulatory facts: medical device under the MDR; EU MDR class IIb; EU AI Act Annex III points 5d; Japanese PMD Act class III; placed on the market 2026-12-01", line);
    }

    [Fact]
    public void Application_dates_are_listed_under_both_legal_texts()
    {
        var report = Fixture() with
        {
            Regulatory = Fixture().Regulatory! with
            {
                Dates =
                [
                    new ObligationDateRecord("highRiskProductRoute", "Chapter III high-risk requirements, Art 6(1) route", new DateOnly(2027, 8, 2), "EU-AIA-DATE-ART6-1", new DateOnly(2028, 8, 2), "EU-AIA-DATE-OMNI-ANNEX1"),
                    new ObligationDateRecord("transparency", "Art 50 transparency duties", new DateOnly(2026, 8, 2), "EU-AIA-DATE-GENERAL", new DateOnly(2026, 8, 2), "EU-AIA-DATE-GENERAL"),
                ],
            },
        };

        var lines = Lines(AnnexIvDraft.Render(report));

        // The record's text is escaped like every value from report.json.
        Assert.Contains("  - Chapter III high-risk requirements, Art 6\\(1\\) route: 2027-08-02 as published (EU-AIA-DATE-ART6-1); 2028-08-02 as amended (EU-AIA-DATE-OMNI-ANNEX1, S)", lines);
        Assert.Contains("  - Art 50 transparency duties: 2026-08-02 as published (EU-AIA-DATE-GENERAL); 2026-08-02 as amended (EU-AIA-DATE-GENERAL, S)", lines);
    }

    /// <summary>The lines after a heading, up to the next heading.</summary>
    private static List<string> Section(List<string> lines, string headingStart)
    {
        var start = lines.FindIndex(l => l.StartsWith(headingStart, StringComparison.Ordinal)) + 1;
        var end = lines.FindIndex(start, l => l.StartsWith('#'));
        return [.. lines[start..(end < 0 ? lines.Count : end)].Where(l => l.Length > 0)];
    }

    private static AuditReport Fixture()
    {
        var declared = new RegistrationInfo("icu_sepsis", "2.0", "Early warning of sepsis in adult ICU patients.", "sepsis", "true", ["sex"])
        {
            IntendedUsers = ["ICU physicians", "ICU nurses"],
            Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["lactate"] = new("mmol/L", Monotonicity.Increasing, Minimum: 0, Maximum: 30) },
        };
        var registration = new RegistrationRecord(declared, new RegulatoryFacts("IIa", null, "II"), "/m/manifest.yaml");
        RuleRecord Rule(string id, CheckFamily family, string check) => new(id, id, "{0}", family, Severity.Warning, Severity.Warning, string.Empty, [], [], check, "Plugin");
        CoverageRowRecord Row(string id, string reference, string title, string status, string verification, string? manual, params string[] rules) =>
            new(id, "eu-ai-act", reference, title, title, "legalObligation", status, verification, rules, manual);
        return new AuditReport(
            AuditReport.CurrentSchemaVersion,
            new ToolInfo("ExplainableAI", "0.1.0"),
            new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero),
            7,
            [new PluginRecord("ExplainableAI.Plugins.Performance", "0.1.0", "/p.dll", "00", ["DiscriminationCheck"])],
            new ModelRecord("icu_sepsis", "2.0", "/m/model.zip", "mlnet", new string('a', 64), ModelTask.BinaryClassification, [new ModelFeature("lactate", ColumnKind.Numeric), new ModelFeature("sex", ColumnKind.Categorical)]),
            registration,
            [new DatasetRecord("evaluation", "current.csv", "/d/current.csv", new string('b', 64), 3000, 14, 12)],
            new ConfigurationRecord(new Dictionary<string, Severity>(), new Dictionary<string, IReadOnlyDictionary<string, RuleOptionValue>>(), [], Severity.Error, 60),
            [new CheckRunRecord("DiscriminationCheck", "Plugin", CheckStatus.Completed, 5, ["XAI5001"]), new CheckRunRecord("MissingValuesCheck", "Plugin", CheckStatus.Completed, 5, ["XAI6001"])],
            [Rule("XAI5001", CheckFamily.Performance, "DiscriminationCheck"), Rule("XAI6001", CheckFamily.DataQuality, "MissingValuesCheck")],
            [new Finding("XAI6001", CheckFamily.DataQuality, Severity.Warning, "Column 'crp' is missing in 45 % of rows", FindingLocation.ForColumn("crp"), Evidence.None, "MissingValuesCheck")],
            [new Measurement("DiscriminationCheck", "auroc", 0.912, 0.9, 0.93), new Measurement("MissingValuesCheck", "missing_rate", 0.45, Subject: "crp")],
            new AuditSummary(0, 1, 0, 0, 2, 0, 0),
            new RegulatoryRecord(
                "high", "high", "original", ["article6Paragraph1"], [], new DateOnly(2027, 8, 2), ["R3"], [], new JapaneseDeviceClassRecord("II", "JP-PMD-CLASS-II"), "2026.12.1",
                [
                    Row("EU-AIA-ANNEX4-5", "Annex IV 5", "Description of the Art 9 risk management system", "manualEvidenceNeeded", "U", "Risk file reference"),
                    Row("EU-AIA-ANNEX4-2D", "Annex IV 2(d)", "Data requirements", "partiallyCovered", "V", "Datasheet", "XAI6001"),
                    Row("EU-AIA-ANNEX4-2G", "Annex IV 2(g)", "Validation", "coveredByAutomatedEvidence", "V", null, "XAI5001"),
                ]));
    }
}
