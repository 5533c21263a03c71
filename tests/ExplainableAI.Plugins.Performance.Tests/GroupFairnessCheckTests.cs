using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;
using ExplainableAI.Testing;
using static System.FormattableString;

namespace ExplainableAI.Plugins.Performance.Tests;

/// <summary>The fairness check end to end from a score column: a planted under-diagnosis of one group must be reported.</summary>
public sealed class GroupFairnessCheckTests
{
    // 200 men: 100 positives all scored 0.9 (TPR 1), 100 negatives at 0.1. 200 women: 100 positives, 50 scored 0.9 and 50
    // scored 0.2 (TPR 0.5), 100 negatives at 0.1. Selection 0.5 vs 0.25; FPR 0 in both (so the FPR ratio is undefined).
    // Five rows of sex "X" fall below the minimum group size.
    internal static CheckTest Planted(IReadOnlyList<ExpectedFinding> expected) => new()
    {
        Data = TestData.Table(
            TestData.Numeric("risk", [.. Enumerable.Repeat(0.9, 100), .. Enumerable.Repeat(0.1, 100), .. Enumerable.Repeat(0.9, 50), .. Enumerable.Repeat(0.2, 50), .. Enumerable.Repeat(0.1, 100), .. Enumerable.Repeat(0.9, 5)]),
            TestData.Boolean("sepsis", [.. Enumerable.Repeat<bool?>(true, 100), .. Enumerable.Repeat<bool?>(false, 100), .. Enumerable.Repeat<bool?>(true, 100), .. Enumerable.Repeat<bool?>(false, 100), .. Enumerable.Repeat<bool?>(true, 5)]),
            TestData.Categorical("sex", [.. Enumerable.Repeat("M", 200), .. Enumerable.Repeat("F", 200), .. Enumerable.Repeat("X", 5)])),
        Registration = CheckTest.DefaultRegistration with { LabelColumn = "sepsis", ScoreColumn = "risk", SensitiveAttributes = ["sex"] },
        ExpectedFindings = expected,
    };

    [Fact]
    public async Task Planted_under_diagnosis_of_women_is_reported_with_its_interval()
    {
        var report = await CheckVerifier<GroupFairnessCheck>.RunAsync(Planted([]));
        var eod = report.Get("equal_opportunity_difference", "sex");
        var dpd = report.Get("demographic_parity_difference", "sex");
        var dpr = report.Get("demographic_parity_ratio", "sex");
        var eqd = report.Get("equalized_odds_difference", "sex");
        var gapF = report.Get("calibration_gap", "sex=F");
        var gapM = report.Get("calibration_gap", "sex=M");
        // Calibration in the large (observed rate − mean score): women 0.5 − (45 + 10 + 10)/200 = 0.175; men 0.5 − 0.5 = 0;
        // X (suppressed, but part of all rows) 1 − 0.9 = 0.1. All rows: (200·0.175 + 200·0 + 5·0.1)/405 = 35.5/405.
        const double overallCitl = 35.5 / 405;
        await CheckVerifier<GroupFairnessCheck>.VerifyAsync(Planted(
        [
            ExpectedFinding.Of(FairnessRuleIds.GroupMetrics).At("sex").WithArguments("sex", 2, 1, 10),
            ExpectedFinding.Of(FairnessRuleIds.EqualOpportunityDifference).At("sex").InGroup("sex=F")
                .WithArguments("sex", "sex=F", 0.5, "sex=M", 1.0),
            ExpectedFinding.Of(FairnessRuleIds.EqualizedOddsDifference).At("sex").InGroup("sex=F")
                .WithArguments("sex", 0.5, "TPR", "sex=F", "sex=M"),
            ExpectedFinding.Of(FairnessRuleIds.DemographicParityDifference).At("sex").InGroup("sex=F")
                .WithArguments("sex", "sex=F", 0.25, "sex=M", 0.5),
            ExpectedFinding.Of(FairnessRuleIds.DemographicParityRatio).At("sex").InGroup("sex=F")
                .WithArguments("sex", "sex=F", 0.25, "sex=M", 0.5),
            ExpectedFinding.Of(FairnessRuleIds.CalibrationByGroup).At("sex").InGroup("sex=F")
                .WithArguments("sex", "sex=F", 0.175 - overallCitl, "under-estimated", 0.05),
            ExpectedFinding.Of(FairnessRuleIds.CalibrationByGroup).At("sex").InGroup("sex=M")
                .WithArguments("sex", "sex=M", -overallCitl, "over-estimated", 0.05),
        ]));

        // What the messages no longer carry is in each finding's evidence: the metric with its interval and tolerance,
        // and the groups behind the gap with their rates (Wilson intervals) or calibration.
        var findings = (await CheckVerifier<GroupFairnessCheck>.RunAsync(Planted([]))).Findings;
        var eo = Assert.Single(findings, f => f.RuleId == FairnessRuleIds.EqualOpportunityDifference).Evidence;
        Assert.Equal(new EvidenceMetric("equal_opportunity_difference", 0.5, eod.Lower, eod.Upper, 0.1), Assert.Single(eo.Metrics!));
        var women = Wilson.Proportion(50, 100);
        var men = Wilson.Proportion(100, 100);
        Assert.Equal(
            [["True positive rate (TPR)", "sex=F", Invariant($"0.500 [{women.Lower:F3}, {women.Upper:F3}]"), "sex=M", Invariant($"1.000 [{men.Lower:F3}, 1.000]")]],
            Assert.Single(eo.Tables!).Rows);
        var odds = Assert.Single(findings, f => f.RuleId == FairnessRuleIds.EqualizedOddsDifference).Evidence;
        Assert.Equal(new EvidenceMetric("equalized_odds_difference", 0.5, eqd.Lower, eqd.Upper, 0.1), Assert.Single(odds.Metrics!));
        // Both components of the summary, each with its extreme groups.
        Assert.Equal(["True positive rate (TPR)", "False positive rate (FPR)"], Assert.Single(odds.Tables!).Rows.Select(r => r[0]));
        var dp = Assert.Single(findings, f => f.RuleId == FairnessRuleIds.DemographicParityDifference).Evidence;
        Assert.Equal(new EvidenceMetric("demographic_parity_difference", 0.25, dpd.Lower, dpd.Upper, 0.1), Assert.Single(dp.Metrics!));
        var ratio = Assert.Single(findings, f => f.RuleId == FairnessRuleIds.DemographicParityRatio).Evidence;
        Assert.Equal(new EvidenceMetric("demographic_parity_ratio", 0.5, dpr.Lower, dpr.Upper, 0.8), Assert.Single(ratio.Metrics!));
        var calibration = Assert.Single(findings, f => f.RuleId == FairnessRuleIds.CalibrationByGroup && f.Location.Group == "sex=F").Evidence;
        Assert.Equal(new EvidenceMetric("calibration_gap", gapF.Value, gapF.Lower, gapF.Upper, 0.05), Assert.Single(calibration.Metrics!));
        var citl = Assert.Single(calibration.Tables!).Rows;
        Assert.Equal(["sex=F", "all rows"], citl.Select(r => r[0]));
        Assert.StartsWith("0.175 [", citl[0][1], StringComparison.Ordinal);
        Assert.Equal((35.5 / 405).ToString("F3", System.Globalization.CultureInfo.InvariantCulture), citl[1][1]);

        Assert.Equal(0.175, report.Value("calibration_in_the_large", "sex=F"), 12);
        Assert.Equal(0.175 - overallCitl, gapF.Value, 12);
        Assert.Equal(-overallCitl, gapM.Value, 12);
        Assert.True(gapF.Lower > 0.05 && gapF.Upper < 0.2);
        // Women's AUROC is 1 in every resample that has both classes: the bootstrap interval collapses to the point, says
        // nothing about uncertainty, and is not published.
        Assert.Equal(1, report.Value("auroc", "sex=F"));
        Assert.Null(report.Get("auroc", "sex=F").Lower);
        Assert.Null(report.Get("auroc", "sex=F").Upper);
        // The rates are proportions with Wilson intervals: men's TPR, 100 of 100, is [n / (n + z²), 1], not [1, 1].
        const double z = 1.959963984540054;
        Assert.Equal(100 / (100 + (z * z)), report.Get("tpr", "sex=M").Lower!.Value, 12);
        Assert.Equal(1, report.Get("tpr", "sex=M").Upper!.Value, 12);
        var tprF = Wilson.Proportion(50, 100);
        Assert.Equal(tprF.Lower, report.Get("tpr", "sex=F").Lower);
        Assert.Equal(tprF.Upper, report.Get("tpr", "sex=F").Upper);
        Assert.True(report.Get("ece", "sex=F").Lower is not null);
        Assert.InRange(report.Value("brier", "sex=F"), report.Get("brier", "sex=F").Lower!.Value, report.Get("brier", "sex=F").Upper!.Value);

        Assert.Equal(0.5, eod.Value);
        Assert.True(eod.Lower > 0.1 && eod.Upper < 0.7);
        Assert.Equal(200, report.Value("n", "sex=F"));
        Assert.Equal(100, report.Value("positives", "sex=F"));
        Assert.Equal(0.5, report.Value("tpr", "sex=F"));
        Assert.Equal(1, report.Value("tpr", "sex=M"));
        Assert.Equal(0.25, report.Value("selection_rate", "sex=F"));
        Assert.Equal(0.5, report.Value("fnr", "sex=F"));
        // Disparate impact versus the most-favoured group (men, selection 0.5): 0.25 / 0.5 for women, 1 for men.
        Assert.Equal(0.5, report.Value("disparate_impact", "sex=F"));
        Assert.Equal(1, report.Value("disparate_impact", "sex=M"));
        Assert.Equal(1, report.Value("precision", "sex=F"));
        // Women: positives 0.9 ×50 and 0.2 ×50 against negatives at 0.1: every pair won → AUROC 1.
        Assert.Equal(1, report.Value("auroc", "sex=F"));
        // Calibration by group, women: 50 positives at 0.9 (0.01 each), 50 at 0.2 (0.64 each), 100 negatives at 0.1 (0.01 each):
        // Brier (0.5 + 32 + 1) / 200 = 0.1675. ECE: bin [0.1,0.2) holds the negatives at 0.1 (|0 − 0.1|·100),
        // [0.2,0.3) the positives at 0.2 (|1 − 0.2|·50), [0.9,1] those at 0.9 (|1 − 0.9|·50): (10 + 40 + 5) / 200.
        Assert.Equal(0.1675, report.Value("brier", "sex=F"), 12);
        Assert.Equal(55.0 / 200, report.Value("ece", "sex=F"), 12);
        // Small-cell protection: the five rows of X publish only that they are suppressed.
        Assert.Equal(1, report.Value("suppressed", "sex=X"));
        Assert.False(report.Has("n", "sex=X"));
        Assert.False(report.Has("tpr", "sex=X"));
        Assert.False(report.Has("brier", "sex=X"));
        // The FPR is 0 in both groups, so the equalized odds ratio is undefined and not published.
        Assert.False(report.Has("equalized_odds_ratio", "sex"));
    }

    [Fact]
    public async Task Equal_groups_give_info_findings_within_tolerance()
    {
        double[] scores = [.. Enumerable.Repeat(0.9, 30), .. Enumerable.Repeat(0.1, 30), .. Enumerable.Repeat(0.9, 30), .. Enumerable.Repeat(0.1, 30)];
        bool?[] labels = [.. Enumerable.Repeat<bool?>(true, 25), .. Enumerable.Repeat<bool?>(false, 30), .. Enumerable.Repeat<bool?>(true, 5), .. Enumerable.Repeat<bool?>(true, 25), .. Enumerable.Repeat<bool?>(false, 30), .. Enumerable.Repeat<bool?>(true, 5)];
        var test = new CheckTest
        {
            Data = TestData.Table(
                TestData.Numeric("risk", scores),
                TestData.Boolean("y", labels),
                TestData.Categorical("sex", [.. Enumerable.Repeat("F", 60), .. Enumerable.Repeat("M", 60)])),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y", ScoreColumn = "risk", SensitiveAttributes = ["sex"] },
            ExpectedFindings =
            [
                ExpectedFinding.Of(FairnessRuleIds.GroupMetrics).At("sex"),
                ExpectedFinding.Of(FairnessRuleIds.GapWithinTolerance).At("sex"),
                ExpectedFinding.Of(FairnessRuleIds.GapWithinTolerance).At("sex"),
                ExpectedFinding.Of(FairnessRuleIds.GapWithinTolerance).At("sex"),
                ExpectedFinding.Of(FairnessRuleIds.GapWithinTolerance).At("sex"),
                ExpectedFinding.Of(FairnessRuleIds.GapWithinTolerance).At("sex"),
                ExpectedFinding.Of(FairnessRuleIds.GapWithinTolerance).At("sex"),
            ],
        };
        var report = await CheckVerifier<GroupFairnessCheck>.VerifyAsync(test);
        Assert.Equal(0, report.Value("demographic_parity_difference", "sex"));
        Assert.Equal(1, report.Value("demographic_parity_ratio", "sex"));
    }

    [Fact]
    public async Task Same_seed_gives_the_same_intervals()
    {
        var first = await CheckVerifier<GroupFairnessCheck>.RunAsync(Planted([]));
        var second = await CheckVerifier<GroupFairnessCheck>.RunAsync(Planted([]));
        Assert.Equal(first.Measurements, second.Measurements);
    }

    [Fact]
    public async Task The_group_table_and_charts_are_said_once_on_the_summary()
    {
        var report = await CheckVerifier<GroupFairnessCheck>.RunAsync(Planted([]));
        var tprF = Wilson.Proportion(50, 100);
        // Every finding but the attribute's summary carries its metric (value, interval and threshold) and at most the
        // small table of the groups behind its gap, never the group table or the charts.
        var eod = report.Get("equal_opportunity_difference", "sex");
        var finding = report.Findings.Single(f => f.RuleId == FairnessRuleIds.EqualOpportunityDifference);
        Assert.Null(finding.Evidence.Charts);
        Assert.Equal(new EvidenceMetric("equal_opportunity_difference", 0.5, eod.Lower, eod.Upper, 0.1), Assert.Single(finding.Evidence.Metrics!));
        Assert.All(report.Findings.Where(f => f.RuleId != FairnessRuleIds.GroupMetrics), f =>
        {
            Assert.True(f.Evidence.Tables is null || Assert.Single(f.Evidence.Tables).Rows.Count <= 2, f.RuleId);
            Assert.Null(f.Evidence.Charts);
            Assert.Single(f.Evidence.Metrics!);
        });

        var summary = report.Findings.Single(f => f.RuleId == FairnessRuleIds.GroupMetrics);
        var table = Assert.Single(summary.Evidence.Tables!);
        Assert.Equal("Metrics by group of 'sex' (95% CI: Wilson for rates, bootstrap otherwise); [degenerate]: every resample gave the same value, no interval", table.Title);
        Assert.Equal(["Group", "Rows", "Positives", "Selection rate", "True positive rate (TPR)"], table.Columns.Take(5));
        var women = table.Rows.Single(r => r[0] == "sex=F");
        // Integers as integers; a rate as "estimate [lower, upper]"; AUROC 1 with a collapsed interval marked.
        Assert.Equal("200", women[1]);
        Assert.Equal($"0.500 [{tprF.Lower:F3}, {tprF.Upper:F3}]", women[4]);
        Assert.Equal("1.000 [degenerate]", women[9]);
        Assert.Equal(["sex=X", "suppressed (fewer than 10 rows)"], table.Rows.Single(r => r[0] == "sex=X").Take(2));
        // Men's calibration gap is negative: a real minus sign (U+2212), never "-0.088".
        Assert.StartsWith("\u22120.088 [", table.Rows.Single(r => r[0] == "sex=M")[13], StringComparison.Ordinal);

        var chart = summary.Evidence.Charts!.Single(c => c.Series[0].Name == "True positive rate (TPR)");
        Assert.Equal(ChartKind.DotWhisker, chart.Kind);
        // Groups not suppressed, in level order; TPR men 1, women 0.5; the reference is the TPR over all 205 positives,
        // the suppressed group's five (all at 0.9, predicted positive) included: (100 + 50 + 5) / 205.
        Assert.Equal(["sex=M", "sex=F"], chart.Categories);
        var series = Assert.Single(chart.Series);
        Assert.Equal([1.0, 0.5], series.Y);
        Assert.Equal([report.Get("tpr", "sex=M").Lower!.Value, tprF.Lower], series.Lower);
        Assert.Equal(tprF.Upper, series.Upper![1]);
        Assert.Equal(155.0 / 205, chart.ReferenceValue!.Value, 15);
        Assert.Equal("True positive rate (TPR) by group of 'sex'", chart.Title);
        Assert.Equal("True positive rate (TPR)", chart.XLabel);
        Assert.Equal("Wilson 95% CI; dashed line: all rows; 1 suppressed group(s) not shown", chart.Subtitle);
        // The summary carries every chart, labelled in words: selection rate, TPR, FPR, AUROC, calibration in the large.
        Assert.Equal(
            ["Selection rate", "True positive rate (TPR)", "False positive rate (FPR)", "AUROC", "Calibration-in-the-large (observed − mean score)"],
            summary.Evidence.Charts!.Select(c => c.Series[0].Name));
        Assert.All(summary.Evidence.Charts!, c => Assert.Equal(ChartKind.DotWhisker, c.Kind));
        var calibration = summary.Evidence.Charts![4];
        Assert.Equal(35.5 / 405, calibration.ReferenceValue!.Value, 12);
        // Women's AUROC interval is degenerate: drawn as the point alone.
        Assert.True(double.IsNaN(summary.Evidence.Charts![3].Series[0].Lower![1]));
    }

    // Two groups of 2,000 negatives and 500 positives; TPR 0.9 in both; FPR 1% (A) vs 3% (B): a precise but rare-event
    // FPR ratio of 1/3.
    internal static CheckTest RareFalsePositives(double? minRate) => new()
    {
        Data = TestData.Table(
            TestData.Numeric("risk", [.. Group(20), .. Group(60)]),
            TestData.Boolean("y", [.. Labels(), .. Labels()]),
            TestData.Categorical("site", [.. Enumerable.Repeat("A", 2500), .. Enumerable.Repeat("B", 2500)])),
        Registration = CheckTest.DefaultRegistration with { LabelColumn = "y", ScoreColumn = "risk", SensitiveAttributes = ["site"] },
        Configuration = minRate is { } rate
            ? Configure.Options((FairnessRuleIds.GroupMetrics, "bootstrap_resamples", 300), (FairnessRuleIds.EqualizedOddsRatio, "min_rate", rate))
            : Configure.Options((FairnessRuleIds.GroupMetrics, "bootstrap_resamples", 300)),
    };

    private static IEnumerable<double> Group(int falsePositives) =>
        [.. Enumerable.Repeat(0.9, 450), .. Enumerable.Repeat(0.3, 50), .. Enumerable.Repeat(0.7, falsePositives), .. Enumerable.Repeat(0.1, 2000 - falsePositives)];

    private static IEnumerable<bool?> Labels() => [.. Enumerable.Repeat<bool?>(true, 500), .. Enumerable.Repeat<bool?>(false, 2000)];

    [Fact]
    public async Task Ratios_of_rare_rates_are_not_judged_below_min_rate()
    {
        // min_rate 0: FPR ratio 0.01 / 0.03 = 1/3 with a tight interval → XAI2004 names site=B (higher FPR).
        var judged = await CheckVerifier<GroupFairnessCheck>.RunAsync(RareFalsePositives(0));
        Assert.Equal(1.0 / 3, judged.Value("equalized_odds_ratio", "site"), 12);
        var warning = Assert.Single(judged.Findings, f => f.RuleId == FairnessRuleIds.EqualizedOddsRatio);
        Assert.Equal("site=B", warning.Location.Group);

        // Default min_rate 0.05: the largest FPR, 3%, is below it, so only the TPR ratio (1) is judged: within tolerance.
        // The published equalized_odds_ratio stays fairlearn's 1/3.
        var report = await CheckVerifier<GroupFairnessCheck>.RunAsync(RareFalsePositives(null));
        Assert.DoesNotContain(report.Findings, f => f.RuleId == FairnessRuleIds.EqualizedOddsRatio);
        Assert.Equal(1.0 / 3, report.Value("equalized_odds_ratio", "site"), 12);
        var info = Assert.Single(report.Findings, f => f.RuleId == FairnessRuleIds.GapWithinTolerance && f.Message.StartsWith("Equalized odds ratio", StringComparison.Ordinal));
        Assert.Equal("Equalized odds ratio (left out, below min_rate 0.050: FPR (largest 3.0 %)) across 'site' is 1.000: within tolerance (tolerance 0.800)", info.Message);
        var metric = Assert.Single(info.Evidence.Metrics!);
        Assert.Equal("equalized_odds_ratio", metric.Name);
        Assert.Equal(0.8, metric.Threshold);
        Assert.True(metric.Lower is >= 0.8995 and < 0.9995, $"lower bound {metric.Lower}");
    }
}
