using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Regulatory.Tests;

public sealed class CoverageCalculatorTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private readonly RequirementCatalog catalog = shipped.Catalog;

    // A chest-X-ray CADe, MDR IIa: high risk via Art 6(1), Japanese class II.
    private static readonly RiskTierResult High =
        RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa) with { JapanesePmdClass = JapaneseDeviceClass.II }, LegalRegime.Original);

    [Fact]
    public void Requirement_with_every_family_tested_is_covered_by_automated_evidence_listing_the_rules_and_measurements()
    {
        var row = Row(Compute(High), "EU-AIA-ART10-3"); // families: data-quality, fairness; automated_evidence: full
        Assert.Equal(CoverageStatus.CoveredByAutomatedEvidence, row.Status);
        Assert.Equal(RequirementStanding.LegalObligation, row.Standing);
        Assert.Equal([new RuleContribution("XAI6001", "MissingValuesCheck", 1), new RuleContribution("XAI2001", "SelectionRateGapCheck", 0)], row.Contributions);
        Assert.Equal(["MissingValuesCheck/missing_rate", "SelectionRateGapCheck/demographic_parity_difference"], row.Measurements);
        Assert.Empty(row.UntestedFamilies);
        Assert.Null(row.ManualEvidence);
    }

    [Fact]
    public void Requirement_with_an_untested_family_is_partially_covered_and_names_the_family()
    {
        var row = Row(Compute(High), "EU-AIA-ART10-2H"); // families: data-quality, fairness; only XAI6001 cites it
        Assert.Equal(CoverageStatus.PartiallyCovered, row.Status);
        Assert.Equal(["fairness"], row.UntestedFamilies);
        Assert.Equal(["XAI6001"], row.Contributions.Select(c => c.RuleId));
        Assert.NotNull(row.ManualEvidence);
    }

    [Fact]
    public void Requirement_with_a_documented_part_is_partially_covered_and_says_what_to_provide()
    {
        var row = Row(Compute(High), "EU-AIA-ANNEX4-2D"); // data-quality + documentation
        Assert.Equal(CoverageStatus.PartiallyCovered, row.Status);
        Assert.Empty(row.UntestedFamilies);
        Assert.Equal("Datasheet plus data-quality report", row.ManualEvidence);
    }

    [Fact]
    public void Requirement_cited_only_by_a_failed_check_needs_manual_evidence_and_names_the_check()
    {
        var row = Row(Compute(High), "EU-AIA-ART10-4");
        Assert.Equal(CoverageStatus.ManualEvidenceNeeded, row.Status);
        Assert.Empty(row.Contributions);
        Assert.Equal(["DriftCheck (Failed)"], row.ChecksNotRun);
        Assert.Equal(["drift", "performance", "data-quality"], row.UntestedFamilies); // catalog family order
        Assert.Equal("Per-site/region/device comparison; shift between training and deployment settings", row.ManualEvidence);
    }

    [Fact]
    public void Human_oversight_and_QMS_need_manual_evidence_with_what_to_provide()
    {
        var matrix = Compute(High);
        var oversight = Row(matrix, "EU-AIA-ART14-1");
        Assert.Equal(CoverageStatus.ManualEvidenceNeeded, oversight.Status);
        Assert.Contains("oversight design record", oversight.ManualEvidence, StringComparison.OrdinalIgnoreCase);
        var qms = Row(matrix, "EU-AIA-ART17-1");
        Assert.Equal(CoverageStatus.ManualEvidenceNeeded, qms.Status);
        Assert.StartsWith("QMS documents", qms.ManualEvidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_findings_and_disabled_rules_do_not_count()
    {
        var matrix = Compute(High);
        Assert.Equal(1, Row(matrix, "EU-AIA-ART10-3").Contributions[0].ActiveFindings); // two XAI6001 findings, one suppressed
        var gmlp4 = Row(matrix, "GMLP-P4"); // cited only by XAI6003, whose severity is configured to none
        Assert.Equal(CoverageStatus.ManualEvidenceNeeded, gmlp4.Status);
    }

    [Fact]
    public void Rows_list_gaps_first_then_partial_then_covered()
    {
        var rows = Compute(High).Rows;
        Assert.Equal(CoverageStatus.ManualEvidenceNeeded, rows[0].Status);
        Assert.Equal(rows.Select(r => r.Status).Order(), rows.Select(r => r.Status));
        Assert.Equal(rows.Count, rows.Select(r => r.Requirement.Id).Distinct().Count());
    }

    [Fact]
    public void High_risk_lists_chapter_III_as_obligations_and_principles_as_principles()
    {
        var matrix = Compute(High);
        Assert.Equal(RiskTier.High, matrix.Tier);
        Assert.Equal("2026.12.1", matrix.CatalogVersion);
        Assert.All(ChapterThreeRequirements.Ids, id => Assert.Equal(RequirementStanding.LegalObligation, Row(matrix, id).Standing));
        Assert.Equal(RequirementStanding.LegalObligation, Row(matrix, "JP-PMD-CLASS-II").Standing);
        Assert.Equal(RequirementStanding.Principle, Row(matrix, "GMLP-P3").Standing);
        Assert.Equal(RequirementStanding.Principle, Row(matrix, "JP-SP-FAIRNESS").Standing);
        Assert.All(matrix.Rows.Where(r => r.Requirement.Kind != RequirementKind.Requirement), r => Assert.Equal(RequirementStanding.Classification, r.Standing));
        Assert.DoesNotContain(matrix.Rows, r => r.Requirement.Framework == RequirementFramework.Iso);
    }

    [Fact]
    public void A_minimal_risk_model_sees_chapter_III_as_good_practice_or_not_at_all()
    {
        var minimal = RiskTierClassifier.Classify(Facts.Minimal, LegalRegime.Original);
        Assert.Equal(RequirementStanding.GoodPractice, Row(Compute(minimal), "EU-AIA-ART10-3").Standing);
        var without = CoverageCalculator.Compute(minimal, catalog, Report(), new CoverageScope { IncludeGoodPractice = false, PrincipleFrameworks = [] });
        Assert.Equal(["EU-AIA-ART4"], without.Rows.Select(r => r.Requirement.Id));
    }

    [Fact]
    public void Unknown_requirement_ids_cited_by_the_report_rules_are_listed()
    {
        Assert.Equal([new UnknownRequirement("XAI2001", "EU-AIA-ART10-99")], Compute(High).UnknownRequirements);
    }

    [Fact]
    public void The_matrix_never_says_compliant()
    {
        var matrix = Compute(High);
        var text = string.Join('\n', matrix.Rows.SelectMany(r => new[] { r.Status.ToString(), r.Standing.ToString(), r.ManualEvidence ?? "", r.Requirement.TitleEn, r.Requirement.Evidence ?? "" }));
        Assert.DoesNotContain("compliant", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_report_record_carries_the_tier_and_every_row_as_plain_camel_case_data()
    {
        var matrix = Compute(High);

        var record = RegulatoryRecords.Create(High, matrix);

        Assert.Equal("high", record.Tier);
        Assert.Equal("original", record.Regime);
        Assert.Equal(["article6Paragraph1"], record.Routes);
        Assert.Equal(["R3"], record.DecidingRules);
        Assert.Equal(new DateOnly(2027, 8, 2), record.AppliesFrom);
        Assert.Equal(new JapaneseDeviceClassRecord("II", "JP-PMD-CLASS-II"), record.JapaneseDeviceClass);
        Assert.Equal(catalog.Version, record.CatalogVersion);
        Assert.Empty(record.Issues);
        Assert.Equal(matrix.Rows.Select(r => r.Requirement.Id), record.Coverage.Select(r => r.RequirementId));
        var row = Assert.Single(record.Coverage, r => r.RequirementId == "EU-AIA-ART10-3");
        Assert.Equal("eu-ai-act", row.Framework);
        Assert.Equal("legalObligation", row.Standing);
        Assert.Equal("coveredByAutomatedEvidence", row.Status);
        Assert.Equal(["XAI2001", "XAI6001"], row.ContributingRules);
        Assert.Null(row.ManualEvidence);
        Assert.All(record.Coverage, r => Assert.Contains(r.Verification, new[] { "V", "S", "U" }));
        Assert.Equal(
            matrix.Rows.Count(r => r.Requirement.Verification == VerificationStatus.Unverified),
            record.Coverage.Count(r => r.Verification == "U"));
    }

    [Fact]
    public void The_report_record_carries_the_tier_in_words_and_Japanese_manual_evidence()
    {
        var record = RegulatoryRecords.Create(High, Compute(High));

        Assert.Equal("EU MDR class IIa device; the AI is the device software", record.DecidingFact);
        Assert.Equal("EU MDR上のクラスIIaの医療機器、AIが医療機器プログラムそのもの", record.DecidingFactJa);
        Assert.StartsWith("A medical device (or its safety component)", record.RuleSummary, StringComparison.Ordinal);
        Assert.EndsWith("高リスクに該当する。", record.RuleSummaryJa, StringComparison.Ordinal);
        var reason = Assert.Single(record.Reasons);
        Assert.Equal(("R3", true, "第6条第1項、附属書I"), (reason.Rule, reason.Deciding, reason.BasisJa));
        Assert.Equal(new TierFactRecord("mdr_class", "IIa", "EU MDR class IIa device", "EU MDR上のクラスIIaの医療機器"), reason.Facts[0]);
        Assert.All(record.Coverage, r => Assert.Equal(r.ManualEvidence is null, r.ManualEvidenceJa is null));
        var art14 = Assert.Single(record.Coverage, r => r.RequirementId == "EU-AIA-ART14-1");
        Assert.Equal(catalog["EU-AIA-ART14-1"].ManualEvidenceJa, art14.ManualEvidenceJa);
        var evidenceOnly = Assert.Single(record.Coverage, r => r.RequirementId == "EU-AIA-ART9-2B"); // no manual_evidence and no check ran: evidence is shown
        Assert.Equal("Stress/misuse test results (OOD inputs, off-label populations)", evidenceOnly.ManualEvidence);
        Assert.Equal("ストレス試験及び誤使用試験の結果（分布外の入力、適応外の集団）", evidenceOnly.ManualEvidenceJa);
    }

    [Fact]
    public void An_undetermined_tier_keeps_its_issues_in_the_record()
    {
        var tier = RiskTierClassifier.Classify(new DeclaredFacts(), LegalRegime.Original);

        var record = RegulatoryRecords.Create(tier, Compute(tier));

        Assert.Equal("undetermined", record.Tier);
        var issue = Assert.Single(record.Issues, i => i.Field == "is_ai_system");
        Assert.Equal("missing", issue.Kind);
        Assert.StartsWith("第3条第1号のAIシステムへの該当性（is_ai_system）が申告されていない。", issue.ReasonJa, StringComparison.Ordinal);
        Assert.StartsWith("Not declared: whether the model is an AI system under Art 3(1) (is_ai_system); ", record.DecidingFact, StringComparison.Ordinal);
        Assert.StartsWith("申告されていない事実：第3条第1号のAIシステムへの該当性（is_ai_system）、", record.DecidingFactJa, StringComparison.Ordinal);
        Assert.Equal(["R8"], record.Reasons.Select(r => r.Rule)); // provisional only: the tier itself is not decided
    }

    [Fact]
    public void Every_framework_has_its_catalog_token()
    {
        foreach (var framework in Enum.GetValues<RequirementFramework>())
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", RegulatoryRecords.FrameworkToken(framework));
        }

        Assert.Equal("jp-ai-guidelines-business", RegulatoryRecords.FrameworkToken(RequirementFramework.JpAiGuidelinesForBusiness));
    }

    [Fact]
    public void Bias_mitigation_detected_by_checks_alone_is_at_most_partly_supported_and_an_active_error_says_so()
    {
        var report = Report(
            [new("BiasCheck", "fair", CheckStatus.Completed, 1, ["XAI2002"])],
            [Rule("XAI2002", CheckFamily.Fairness, "BiasCheck", Severity.Error, "EU-AIA-ART10-2G", "EU-AIA-ART10-2H")],
            [Finding("XAI2002", CheckFamily.Fairness, "BiasCheck", severity: Severity.Error)]);
        var matrix = CoverageCalculator.Compute(High, catalog, report);

        var mitigation = Row(matrix, "EU-AIA-ART10-2G"); // Art 10(2)(g): detect, prevent *and mitigate*
        Assert.Equal(CoverageStatus.PartiallyCovered, mitigation.Status);
        Assert.Equal(1, mitigation.ActiveErrors);
        Assert.Contains("measures taken to prevent and mitigate", mitigation.ManualEvidence, StringComparison.Ordinal);
        var gaps = Row(matrix, "EU-AIA-ART10-2H"); // both families tested now, still only identification
        Assert.Empty(gaps.UntestedFamilies);
        Assert.Equal(CoverageStatus.PartiallyCovered, gaps.Status);
        Assert.Equal(1, RegulatoryRecords.Create(High, matrix).Coverage.Single(r => r.RequirementId == "EU-AIA-ART10-2G").ActiveErrors);
    }

    [Fact]
    public void An_active_error_keeps_a_fully_automatable_requirement_at_partly_supported()
    {
        var report = Report([], [], [Finding("XAI2001", CheckFamily.Fairness, "SelectionRateGapCheck", severity: Severity.Error)]);
        var row = Row(CoverageCalculator.Compute(High, catalog, report), "EU-AIA-ART10-3"); // automated_evidence: full, both families ran
        Assert.Equal(CoverageStatus.PartiallyCovered, row.Status);
        Assert.Equal(1, row.ActiveErrors);
        Assert.NotNull(row.ManualEvidence);
    }

    [Fact]
    public void Accuracy_robustness_and_cybersecurity_is_partly_supported_when_no_security_test_ran()
    {
        var report = Report(
            [new("Perf", "p", CheckStatus.Completed, 1, ["XAI1001"]), new("Flip", "r", CheckStatus.Completed, 1, ["XAI4001"]), new("Psi", "d", CheckStatus.Completed, 1, ["XAI3002"])],
            [
                Rule("XAI1001", CheckFamily.Performance, "Perf", Severity.Warning, "EU-AIA-ART15-1"),
                Rule("XAI4001", CheckFamily.Robustness, "Flip", Severity.Warning, "EU-AIA-ART15-1"),
                Rule("XAI3002", CheckFamily.Drift, "Psi", Severity.Warning, "EU-AIA-ART15-1"),
            ],
            []);
        var row = Row(CoverageCalculator.Compute(High, catalog, report), "EU-AIA-ART15-1");
        Assert.Empty(row.UntestedFamilies);
        Assert.Equal(CoverageStatus.PartiallyCovered, row.Status);
        Assert.Contains("Cybersecurity", row.ManualEvidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undetermined_tier_lists_chapter_III_as_possible_obligations_not_good_practice()
    {
        var tier = RiskTierClassifier.Classify(Facts.AnnexIII("5d") with { ProfilesNaturalPersons = null }, LegalRegime.Original);
        var matrix = Compute(tier);
        Assert.Equal(RequirementStanding.PossibleObligation, Row(matrix, "EU-AIA-ART9-1").Standing);
        Assert.Equal(RequirementStanding.PossibleObligation, Row(matrix, "EU-AIA-ART17-1").Standing);
        Assert.DoesNotContain(matrix.Rows, r => r.Standing == RequirementStanding.GoodPractice);
        Assert.Equal("possibleObligation", RegulatoryRecords.Create(tier, matrix).Coverage.First(r => r.RequirementId == "EU-AIA-ART9-1").Standing);
    }

    [Fact]
    public void The_Annex_III_area_that_decided_the_tier_is_a_row_and_device_only_obligations_are_not()
    {
        var tier = RiskTierClassifier.Classify(Facts.AnnexIII("5d"), LegalRegime.Original);
        var matrix = Compute(tier);
        var area = Row(matrix, "EU-AIA-ANNEX3-5");
        Assert.Equal(RequirementStanding.Classification, area.Standing);
        Assert.Equal(CoverageStatus.ManualEvidenceNeeded, area.Status);
        Assert.DoesNotContain(matrix.Rows, r => r.Requirement.Id is "EU-AIA-ART11-2" or "EU-AIA-ART72-4");
        Assert.Equal("classification", RegulatoryRecords.Create(tier, matrix).Coverage.Single(r => r.RequirementId == "EU-AIA-ANNEX3-5").Standing);
    }

    [Fact]
    public void The_record_keeps_the_catalog_verification_note_in_both_languages()
    {
        var record = RegulatoryRecords.Create(High, Compute(High));
        var pmm = Assert.Single(record.Coverage, r => r.RequirementId == "EU-AIA-ART72-3");
        Assert.Equal(("V", "Omnibus: S", "オムニバス改正：S"), (pmm.Verification, pmm.VerificationNote, pmm.VerificationNoteJa));
    }

    [Fact]
    public void The_record_carries_both_regimes_dates_per_obligation_group_and_the_declared_facts()
    {
        var tier = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa) with { InteractsWithPersons = true, AiNatureObvious = false, JapanesePmdClass = JapaneseDeviceClass.II }, LegalRegime.Original);
        var record = RegulatoryRecords.Create(tier, Compute(tier));
        Assert.Contains(new ObligationDateRecord("highRiskProductRoute", "Chapter III high-risk requirements, Art 6(1) route", new DateOnly(2027, 8, 2), "EU-AIA-DATE-ART6-1", new DateOnly(2028, 8, 2), "EU-AIA-DATE-OMNI-ANNEX1"), record.Dates);
        Assert.Contains(new ObligationDateRecord("transparency", "Art 50 transparency duties", new DateOnly(2026, 8, 2), "EU-AIA-DATE-GENERAL", new DateOnly(2026, 8, 2), "EU-AIA-DATE-GENERAL"), record.Dates);
        Assert.Equal(("MDR", "IIa", "II"), (record.DeclaredFacts!.IsMedicalDevice, record.DeclaredFacts.MdrClass, record.DeclaredFacts.JapanesePmdClass));
    }

    private CoverageMatrix Compute(RiskTierResult tier) => CoverageCalculator.Compute(tier, catalog, Report());

    private static RequirementCoverage Row(CoverageMatrix matrix, string id) => Assert.Single(matrix.Rows, r => r.Requirement.Id == id);

    private static RuleRecord Rule(string id, CheckFamily family, string check, Severity severity, params string[] requirements) =>
        new(id, id, "{0}", family, Severity.Warning, severity, "help", requirements, [], check, "plugin");

    private static Finding Finding(string rule, CheckFamily family, string check, Suppression? suppression = null, Severity severity = Severity.Warning) =>
        new(rule, family, severity, "message", FindingLocation.Dataset, Evidence.None, check, suppression);

    /// <summary>A hand-built engine result: data-quality and fairness checks completed, a drift check failed; plus any extra checks, rules and findings.</summary>
    private static AuditResult Report(CheckRunRecord[]? checks = null, RuleRecord[]? rules = null, Finding[]? findings = null) => new(
        new ToolInfo("ExplainableAI", "0.1.0"),
        new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero),
        1,
        [],
        null,
        new RegistrationRecord(new RegistrationInfo("cxr", "1.0", "Chest X-ray triage", "label", "1", []), new RegulatoryFacts("IIa", null, "II"), null),
        [],
        new ConfigurationRecord(new Dictionary<string, Severity>(), new Dictionary<string, IReadOnlyDictionary<string, RuleOptionValue>>(), [], Severity.Error, 60),
        [
            new("MissingValuesCheck", "dq", CheckStatus.Completed, 1, ["XAI6001", "XAI6003"]),
            new("SelectionRateGapCheck", "fair", CheckStatus.Completed, 1, ["XAI2001"]),
            new("DriftCheck", "drift", CheckStatus.Failed, 1, ["XAI3001"], "boom"),
            .. checks ?? [],
        ],
        [
            Rule("XAI6001", CheckFamily.DataQuality, "MissingValuesCheck", Severity.Warning, "EU-AIA-ART10-3", "EU-AIA-ART10-2H", "EU-AIA-ART10-2E", "EU-AIA-ANNEX4-2D", "GMLP-P2"),
            Rule("XAI6003", CheckFamily.DataQuality, "MissingValuesCheck", Severity.None, "GMLP-P4"),
            Rule("XAI2001", CheckFamily.Fairness, "SelectionRateGapCheck", Severity.Warning, "EU-AIA-ART10-3", "EU-AIA-ART10-99"),
            Rule("XAI3001", CheckFamily.Drift, "DriftCheck", Severity.Warning, "EU-AIA-ART10-4"),
            .. rules ?? [],
        ],
        [
            Finding("XAI6001", CheckFamily.DataQuality, "MissingValuesCheck"),
            Finding("XAI6001", CheckFamily.DataQuality, "MissingValuesCheck", new Suppression("documented")),
            .. findings ?? [],
        ],
        [
            new("MissingValuesCheck", "missing_rate", 0.45, Subject: "crp"),
            new("MissingValuesCheck", "missing_rate", 0.0, Subject: "age"),
            new("SelectionRateGapCheck", "demographic_parity_difference", 0.11, Subject: "sex"),
            new("DriftCheck", "psi", 0.3, Subject: "creatinine"),
        ],
        new AuditSummary(1, 0, 0, 1, 2, 1, 0));
}
