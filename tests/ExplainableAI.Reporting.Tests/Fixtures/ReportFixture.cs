using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Tests.Fixtures;

/// <summary>
/// A complete audit report built in code: every severity, a suppressed finding, metrics with intervals, a table, one
/// chart of every kind (bar with error bars, line, dot-and-whisker, step, beeswarm, waterfall), measurements (one NaN),
/// a failed and a skipped check, a plugin that failed to load, and declared feature facts and site columns.
/// </summary>
internal static class ReportFixture
{
    public const string Hostile = "<script>alert(1)</script> \"dq\" 'sq' & <img src=x onerror=alert(2)>";

    public static readonly DateTimeOffset GeneratedAt = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private const string ModelSha = "3f7a0c1e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a";
    private const string EvalSha = "9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d";
    private const string ConfigSha = "5e0f3b7c9a1d2e4f6a8b0c2d4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e2f";
    private const string RefSha = "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";

    public static AuditReport Create()
    {
        var rules = new List<RuleRecord>
        {
            new("XAI0002", "Check failed", "Check {0} failed: {1}", CheckFamily.Host, Severity.Error, Severity.Error,
                "A check threw an exception; its rules were not evaluated.", [], [], "AuditEngine", "ExplainableAI.Core"),
            new("XAI2001", "Selection rate differs between groups", "Selection rate of {0} is {1:P1} lower than {2}", CheckFamily.Fairness,
                Severity.Warning, Severity.Error, "The share of positive predictions differs between groups of a sensitive attribute.",
                ["EU-AIA-ART10-2F", "JP-BIZ-FAIRNESS"],
                [new("max_difference", 0.08, 0.10, "Largest tolerated gap in selection rate."), new("intersections", false, true, "Also analyse pairs of attributes. Default true.") { Kind = RuleOptionKind.Boolean }],
                "SelectionRateGapCheck", "ExplainableAI.Plugins.Fairness"),
            new("XAI3001", "Feature distribution drifted", "Distribution of {0} drifted (KS = {1:F3})", CheckFamily.Drift,
                Severity.Warning, Severity.Info, "A feature's distribution differs between the reference and the evaluation data.",
                ["EU-AIA-ART15"], [new("max_ks", 0.1, 0.1, "Largest tolerated Kolmogorov–Smirnov statistic.")], "DriftCheck", "ExplainableAI.Plugins.Drift"),
            new("XAI5001", "Model is miscalibrated", "Expected calibration error {0:F3} exceeds {1:F3}", CheckFamily.Performance,
                Severity.Warning, Severity.Warning, "Predicted probabilities do not match observed frequencies.",
                ["EU-AIA-ART15", "GMLP-9"], [new("max_ece", 0.05, 0.05, "Largest tolerated expected calibration error.")],
                "CalibrationCheck", "ExplainableAI.Plugins.Performance"),
            new("XAI6001", "Column has many missing values", "Column {0} is missing in {1:P1} of rows", CheckFamily.DataQuality,
                Severity.Info, Severity.Info, "Missing values reduce the evidence a column gives and may be imputed unevenly.",
                ["EU-AIA-ART10-3"], [new("max_missing_rate", 0.2, 0.2, "Missing rate above which the finding is raised.")],
                "MissingValuesCheck", "ExplainableAI.Plugins.DataQuality"),
            new("XAI6003", "Missingness depends on the label", "Missingness of {0} depends on the label (p = {1:F4})", CheckFamily.DataQuality,
                Severity.Warning, Severity.Warning, "Values that go missing more often for one class leak the label.",
                ["EU-AIA-ART10-2F"], [], "MissingValuesCheck", "ExplainableAI.Plugins.DataQuality"),
            new("XAI1001", "Attributions summarised", "Top attribution is {0}", CheckFamily.Attribution,
                Severity.Info, Severity.Info, "How much each feature moves the model's output, over all rows and for one row.",
                ["EU-AIA-ART13-1"], [], "AttributionSummaryCheck", "ExplainableAI.Plugins.Attribution"),
        };

        var findings = new List<Finding>
        {
            new("XAI0002", CheckFamily.Host, Severity.Error,
                "Check DriftCheck failed: InvalidOperationException: reference dataset has no column 'lactate_mmol'",
                FindingLocation.Dataset, Evidence.None, "AuditEngine"),
            new("XAI2001", CheckFamily.Fairness, Severity.Error, "Selection rate of sex=F is 11.2% lower than sex=M",
                new FindingLocation(Column: "sex", Group: "sex=F"),
                new Evidence(
                    Metrics: [new("demographic_parity_difference", 0.112, 0.071, 0.153, 0.08), new("selection_rate_ratio", 0.717, 0.642, 0.798, 0.8)],
                    Tables: [new EvidenceTable("Selection rate by group", ["Group", "Rows", "Selected", "Rate"], [["sex=F", "2,214", "629", "28.4%"], ["sex=M", "2,598", "1,029", "39.6%"]])],
                    Charts: [new ChartSpec(ChartKind.Bar, "Selection and true positive rate by sex", "Group", "Rate",
                        [new ChartSeries("Selection rate", [], [0.284, 0.396]) { Lower = [0.265, 0.377], Upper = [0.303, 0.415] }, new ChartSeries("True positive rate", [], [0.71, 0.83])],
                        ["sex=F", "sex=M"]),
                        new ChartSpec(ChartKind.DotWhisker, "Selection rate by group (95% CI)", "Selection rate", "Group",
                        [new ChartSeries("Selection rate", [], [0.284, 0.396, 0.301, 0.377]) { Lower = [0.265, 0.377, 0.27, 0.35], Upper = [0.303, 0.415, 0.332, 0.404] }],
                        ["sex=F", "sex=M", "age_band=18-39", "age_band=40+"]) { ReferenceValue = 0.345 }]),
                "SelectionRateGapCheck"),
            new("XAI5001", CheckFamily.Performance, Severity.Warning, "Expected calibration error 0.062 exceeds 0.050",
                FindingLocation.Dataset,
                new Evidence(
                    Metrics: [new("expected_calibration_error", 0.0621, 0.0483, 0.0774, 0.05)],
                    Charts: [new ChartSpec(ChartKind.Line, "Reliability diagram", "Mean predicted probability", "Observed frequency",
                        [new ChartSeries("Model", [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85], [0.03, 0.11, 0.18, 0.27, 0.36, 0.47, 0.58, 0.71, 0.80]),
                         new ChartSeries("Perfect calibration", [0, 1], [0, 1])]),
                        new ChartSpec(ChartKind.Step, "Cumulative distribution of scores", "Score", "Share of rows",
                        [new ChartSeries("Positives", [0.1, 0.3, 0.5, 0.7, 0.9], [0.05, 0.15, 0.4, 0.7, 1]),
                         new ChartSeries("Negatives", [0.1, 0.3, 0.5, 0.7, 0.9], [0.35, 0.7, 0.88, 0.96, 1])])]),
                "CalibrationCheck"),
            new("XAI6001", CheckFamily.DataQuality, Severity.Info, "Column lactate is missing in 18.4% of rows",
                new FindingLocation(Column: "lactate", Rows: [3, 17, 42]),
                Evidence.Of(new EvidenceMetric("missing_rate", 0.184, 0.173, 0.195, 0.2)),
                "MissingValuesCheck"),
            new("XAI6003", CheckFamily.DataQuality, Severity.Warning, "Missingness of on_ventilator depends on the label (p = 0.0004)",
                FindingLocation.ForColumn("on_ventilator"),
                Evidence.Of(new EvidenceMetric("missingness_label_p_value", 0.0004, Threshold: 0.01)),
                "MissingValuesCheck",
                new Suppression("The ventilator flag is recorded only after intubation; the dependence is expected and documented in the data sheet.", "audit/manifest.yaml")),
            new("XAI1001", CheckFamily.Attribution, Severity.Info, "Top attribution is lactate",
                FindingLocation.Dataset,
                new Evidence(Charts:
                [
                    new ChartSpec(ChartKind.Beeswarm, "SHAP values by feature", "SHAP value (log-odds)", "Feature",
                        [new ChartSeries("rows", [0.42, 0.31, -0.12, 0.05, 0.18, -0.2, 0.02, -0.05, 0.11, 0.01, -0.02, 0.0],
                            [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]) { Color = [0.9, 0.8, 0.1, double.NaN, 1, 0, 0.5, 0.3, 0.7, 0.6, 0.2, double.NaN] }],
                        ["lactate", "age", "creatinine"]),
                    new ChartSpec(ChartKind.Waterfall, "Why row 17 scored 0.71", "Score (log-odds)", "Feature",
                        [new ChartSeries("SHAP", [], [0.62, 0.25, -0.18, 0.05])], ["lactate = 4.1", "age = 77", "creatinine = 0.9", "3 other features"])
                        { ReferenceValue = 0.16 },
                ]),
                "AttributionSummaryCheck"),
        };

        return new AuditReport(
            AuditReport.CurrentSchemaVersion,
            new ToolInfo("ExplainableAI", "0.1.0"),
            GeneratedAt,
            20260314,
            [
                new("ExplainableAI.Plugins.DataQuality", "0.1.0", "plugins/ExplainableAI.Plugins.DataQuality.dll", new string('a', 64), ["MissingValuesCheck"]),
                new("ExplainableAI.Plugins.Fairness", "0.1.0", "plugins/ExplainableAI.Plugins.Fairness.dll", new string('b', 64), ["SelectionRateGapCheck"]),
                new("Contoso.Plugins.Legacy", "1.4.2", "plugins/Contoso.Plugins.Legacy.dll", new string('c', 64), [],
                    "Could not load file or assembly 'Contoso.Numerics, Version=2.0.0.0'"),
            ],
            new ModelRecord("sepsis-risk", "2.3.1", "models/sepsis-risk.zip", "mlnet", ModelSha, ModelTask.BinaryClassification,
                [new("age", ColumnKind.Numeric), new("sex", ColumnKind.Categorical), new("lactate", ColumnKind.Numeric), new("on_ventilator", ColumnKind.Boolean)]),
            new RegistrationRecord(
                new RegistrationInfo("sepsis-risk", "2.3.1", "Early warning of sepsis within 48 hours for adult ICU patients", "sepsis_48h", "1", ["sex", "age_band"], 0.35)
                {
                    IntendedUsers = ["ICU nurses", "Intensivists"],
                    Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal)
                    {
                        ["lactate"] = new("mmol/L", Monotonicity.Increasing, Minimum: 0, Maximum: 30),
                        ["creatinine"] = new("mg/dL", DriftMethod: "psi"),
                        ["patient_id"] = new(Irrelevant: true),
                    },
                    SiteColumns = ["site"],
                    DriftMethod = "wasserstein",
                },
                new RegulatoryFacts("IIa", "Medical devices (Annex I, Section A)", "II"),
                "audit/manifest.yaml"),
            [
                new("evaluation", "icu-eval-2025", "data/icu_eval.csv", EvalSha, 4812, 24, 1375),
                new("reference", "icu-train-2024", "data/icu_train.csv", RefSha, 18230, 24, 4019),
            ],
            new ConfigurationRecord(
                new Dictionary<string, Severity> { ["XAI2001"] = Severity.Error, ["family:Drift"] = Severity.Info },
                new Dictionary<string, IReadOnlyDictionary<string, RuleOptionValue>>
                {
                    ["XAI2001"] = new Dictionary<string, RuleOptionValue> { ["max_difference"] = 0.08 },
                    ["XAI2007"] = new Dictionary<string, RuleOptionValue> { ["intersections"] = false, ["numeric_bin_edges"] = RuleOptionValue.NumberList([30, 50, 70]) },
                },
                [new SuppressionRule("XAI6003", "The ventilator flag is recorded only after intubation; the dependence is expected and documented in the data sheet.", Column: "on_ventilator")],
                Severity.Error,
                120)
            {
                Sha256 = ConfigSha,
                Sha256Source = ConfigurationDigest.ManifestSource,
            },
            [
                new("MissingValuesCheck", "ExplainableAI.Plugins.DataQuality", CheckStatus.Completed, 42.5, ["XAI6001", "XAI6003"]),
                new("SelectionRateGapCheck", "ExplainableAI.Plugins.Fairness", CheckStatus.Completed, 310.25, ["XAI2001"]),
                new("CalibrationCheck", "ExplainableAI.Plugins.Performance", CheckStatus.Completed, 128, ["XAI5001"]),
                new("DriftCheck", "ExplainableAI.Plugins.Drift", CheckStatus.Failed, 12.75, ["XAI3001"],
                    "InvalidOperationException: reference dataset has no column 'lactate_mmol'"),
                new("TreeShapStabilityCheck", "ExplainableAI.Plugins.Attribution", CheckStatus.Skipped, 0, [], "needs a tree-ensemble model"),
            ],
            rules,
            findings,
            [
                new("CalibrationCheck", "brier_score", 0.1374, 0.1291, 0.1462),
                new("CalibrationCheck", "brier_score", double.NaN, Subject: "age_band=90+"),
                new("CalibrationCheck", "expected_calibration_error", 0.0621, 0.0483, 0.0774),
                new("MissingValuesCheck", "missing_rate", 0.184, 0.173, 0.195, "lactate"),
                new("MissingValuesCheck", "missing_rate", 0.0, Subject: "age"),
                new("SelectionRateGapCheck", "selection_rate", 0.284, 0.265, 0.303, "sex=F"),
                new("SelectionRateGapCheck", "selection_rate", 0.396, 0.377, 0.415, "sex=M"),
                new("SelectionRateGapCheck", "demographic_parity_difference", 0.112, 0.071, 0.153, "sex"),
            ],
            new AuditSummary(Errors: 2, Warnings: 1, Infos: 2, Suppressed: 1, ChecksRun: 3, ChecksFailed: 1, ChecksSkipped: 1));
    }

    /// <summary>The fixture with <see cref="Hostile"/> text in every place data, models and plugins can put text.</summary>
    public static AuditReport CreateHostile()
    {
        var report = Create();
        var findings = report.Findings.Select(f => f with
        {
            Message = f.Message + " " + Hostile,
            Check = Hostile,
            Location = f.Location with { Column = Hostile, Group = Hostile },
            Evidence = f.Evidence with
            {
                Metrics = [.. f.Evidence.Metrics ?? [], new EvidenceMetric(Hostile, 1)],
                Tables = [new EvidenceTable(Hostile, [Hostile, "b"], [[Hostile, Hostile]])],
                Charts = [new ChartSpec(ChartKind.Bar, Hostile, Hostile, Hostile, [new ChartSeries(Hostile, [], [1]), new ChartSeries("x", [], [2])], [Hostile])],
            },
            Suppression = f.Suppression is null ? null : new Suppression(Hostile, Hostile),
        }).ToList();
        return report with
        {
            Tool = new ToolInfo(Hostile, Hostile),
            Model = report.Model! with { Id = Hostile, Path = Hostile, Features = [new ModelFeature(Hostile, ColumnKind.Numeric)] },
            Registration = report.Registration with { Declared = report.Registration.Declared with { ModelId = Hostile, IntendedPurpose = Hostile, IntendedUsers = [Hostile], SensitiveAttributes = [Hostile] } },
            Plugins = [.. report.Plugins.Select(p => p with { Name = Hostile, Error = p.Error is null ? null : Hostile })],
            Datasets = [.. report.Datasets.Select(d => d with { Name = Hostile, Path = Hostile })],
            Checks = [.. report.Checks.Select(c => c with { Name = Hostile, Message = Hostile })],
            Rules = [.. report.Rules.Select(r => r with { Title = Hostile, Description = Hostile, Requirements = [Hostile] })],
            Findings = findings,
            Measurements = [.. report.Measurements.Select(m => m with { Check = Hostile, Name = Hostile, Subject = Hostile })],
            Configuration = report.Configuration with
            {
                Severities = new Dictionary<string, Severity> { [Hostile] = Severity.Error },
                Suppressions = [new SuppressionRule("XAI6003", Hostile, Hostile, Hostile)],
            },
        };
    }

    /// <summary>The fixture with a regulatory section whose free text is <paramref name="text"/> (use <see cref="Hostile"/> to test escaping).</summary>
    public static AuditReport CreateWithRegulatory(string text = "") => Create() with
    {
        Regulatory = new RegulatoryRecord(
            "high",
            "high",
            "original",
            ["article6Paragraph1"],
            [],
            new DateOnly(2027, 8, 2),
            ["R3"],
            [],
            new JapaneseDeviceClassRecord("II", "JP-PMD-CLASS-II"),
            "2026.11-test",
            [
                new("EU-AIA-ART11-1", "eu-ai-act", "Art 11(1)", "Technical documentation " + text, "技術文書 " + text, "legalObligation", "manualEvidenceNeeded", "V", [], "Write the Annex IV technical documentation " + text),
                new("EU-AIA-ART10-3", "eu-ai-act", "Art 10(3)", "Data relevant and free of errors", "データの関連性と誤りのないこと", "legalObligation", "partiallyCovered", "S", ["XAI1001"], "Data governance record") { ActiveErrors = 2 },
                new("GMLP-3", "gmlp", null, "Representative data", "代表的なデータ", "principle", "coveredByAutomatedEvidence", "U", ["XAI1001", "XAI2001"], null),
                new("EU-AIA-ART72-3", "eu-ai-act", "Art 72(3)", "PMM plan part of Annex IV", "市販後モニタリング計画", "legalObligation", "manualEvidenceNeeded", "V", [], "PMM plan") { VerificationNote = "Omnibus: S", VerificationNoteJa = "オムニバス改正：S" },
            ])
        {
            Dates =
            [
                new("highRiskProductRoute", "Chapter III high-risk requirements, Art 6(1) route", new DateOnly(2027, 8, 2), "EU-AIA-DATE-ART6-1", new DateOnly(2028, 8, 2), "EU-AIA-DATE-OMNI-ANNEX1"),
                new("transparency", "Art 50 transparency duties", new DateOnly(2026, 8, 2), "EU-AIA-DATE-GENERAL", new DateOnly(2026, 8, 2), "EU-AIA-DATE-GENERAL"),
                new("omnibusProhibitions", "Art 5(1)(ba)/(bb) prohibitions (amended text only)", null, null, new DateOnly(2026, 12, 2), "EU-AIA-DATE-OMNI-ART5-NEW"),
            ],
            DeclaredFacts = new("MDR", "IIa", null, [], "II", null),
        },
    };
}
