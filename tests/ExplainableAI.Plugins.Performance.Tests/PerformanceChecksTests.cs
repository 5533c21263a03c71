using System.Globalization;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Performance.Tests;

/// <summary>The performance checks end to end through the engine, from a score column alone (no model).</summary>
public sealed class PerformanceChecksTests
{
    // Threshold 0.5 → predicted positive: 0.9 (TP), 0.8 (TP), 0.7 (FP), 0.6 (TP), 0.55 (FP); negative: 0.45 (FN), rest TN.
    // TP 3, FP 2, TN 4, FN 1: sensitivity 3/4, specificity 4/6, PPV 3/5, NPV 4/5, accuracy 7/10.
    private static readonly double[] Scores = [0.9, 0.8, 0.7, 0.6, 0.55, 0.45, 0.4, 0.3, 0.2, 0.1];
    private static readonly bool?[] Labels = [true, true, false, true, false, true, false, false, false, false];

    private static CheckTest Test(IReadOnlyList<ExpectedFinding> expected, Core.CheckConfiguration? configuration = null) => new()
    {
        Data = TestData.Table(TestData.Numeric("risk", Scores), TestData.Boolean("sepsis", Labels)),
        Registration = CheckTest.DefaultRegistration with { LabelColumn = "sepsis", ScoreColumn = "risk" },
        Configuration = configuration ?? Core.CheckConfiguration.Default,
        ExpectedFindings = expected,
    };

    [Fact]
    public async Task Operating_point_metrics_from_scores_alone()
    {
        var sensitivity = Wilson.Proportion(3, 4);
        var specificity = Wilson.Proportion(4, 6);
        var report = await CheckVerifier<OperatingPointCheck>.VerifyAsync(Test(
        [
            ExpectedFinding.Of(PerformanceRuleIds.OperatingPoint).At("sepsis")
                .WithArguments("0.5", 0.75, 4.0 / 6, 0.6, 0.8),
        ]));

        // The intervals, no longer in the message, are in the finding's evidence.
        var metrics = Assert.Single(report.Findings).Evidence.Metrics!;
        Assert.Contains(new EvidenceMetric("sensitivity", 0.75, sensitivity.Lower, sensitivity.Upper), metrics);
        Assert.Contains(new EvidenceMetric("specificity", 4.0 / 6, specificity.Lower, specificity.Upper), metrics);

        Assert.Equal(0.75, report.Value("sensitivity"));
        Assert.Equal(sensitivity.Lower, report.Get("sensitivity").Lower);
        Assert.Equal(sensitivity.Upper, report.Get("sensitivity").Upper);
        Assert.Equal(4.0 / 6, report.Value("specificity"), 15);
        Assert.Equal(0.6, report.Value("ppv"), 15);
        Assert.Equal(0.8, report.Value("npv"), 15);
        Assert.Equal(0.7, report.Value("accuracy"), 15);
        Assert.Equal(6.0 / 9, report.Value("f1"), 15);
        Assert.Equal((0.75 + (4.0 / 6)) / 2, report.Value("balanced_accuracy"), 15);
        var f1 = report.Get("f1");
        Assert.True(f1.Lower <= f1.Value && f1.Value <= f1.Upper);
    }

    [Fact]
    public async Task Sensitivity_below_declared_minimum_uses_the_lower_bound_by_default()
    {
        var sensitivity = Wilson.Proportion(3, 4);
        var specificity = Wilson.Proportion(4, 6);
        var report = await CheckVerifier<OperatingPointCheck>.VerifyAsync(Test(
            [
                ExpectedFinding.Of(PerformanceRuleIds.OperatingPoint),
                // Lower bound 0.30 < 0.5 although the estimate 0.75 is above it: not demonstrated.
                ExpectedFinding.Of(PerformanceRuleIds.SensitivityBelowMinimum).At("sepsis")
                    .WithArguments(0.75, sensitivity.Lower, sensitivity.Upper, 0.5, "95% lower bound"),
                ExpectedFinding.Of(PerformanceRuleIds.SpecificityBelowMinimum)
                    .WithArguments(4.0 / 6, specificity.Lower, specificity.Upper, 0.7, "estimate"),
            ],
            Configure.Options(
                (PerformanceRuleIds.SensitivityBelowMinimum, "min_sensitivity", 0.5),
                (PerformanceRuleIds.SpecificityBelowMinimum, "min_specificity", 0.7),
                (PerformanceRuleIds.SpecificityBelowMinimum, "use_lower_bound", false))));

        // The threshold and the counts, no longer in the messages, are in the evidence: TP 3 of 4 positives, TN 4 of 6 negatives.
        Assert.Equal(
            [new EvidenceMetric("sensitivity", 0.75, sensitivity.Lower, sensitivity.Upper, 0.5), new EvidenceMetric("threshold", 0.5), new EvidenceMetric("true_positives", 3), new EvidenceMetric("positives", 4)],
            Assert.Single(report.Findings, f => f.RuleId == PerformanceRuleIds.SensitivityBelowMinimum).Evidence.Metrics!);
        Assert.Equal(
            [new EvidenceMetric("specificity", 4.0 / 6, specificity.Lower, specificity.Upper, 0.7), new EvidenceMetric("threshold", 0.5), new EvidenceMetric("true_negatives", 4), new EvidenceMetric("negatives", 6)],
            Assert.Single(report.Findings, f => f.RuleId == PerformanceRuleIds.SpecificityBelowMinimum).Evidence.Metrics!);
    }

    [Fact]
    public async Task Threshold_at_target_sensitivity()
    {
        // Sensitivity 1 first reached at threshold 0.45 (all four positives have scores ≥ 0.45); FP there: 0.7, 0.55.
        var report = await CheckVerifier<OperatingPointCheck>.RunAsync(Test([], Configure.Options((PerformanceRuleIds.OperatingPoint, "target_sensitivity", 1))));
        Assert.Equal(0.45, report.Value("threshold_at_target_sensitivity"));
        Assert.Equal(4.0 / 6, report.Value("specificity_at_target_sensitivity"), 15);
    }

    [Fact]
    public async Task Discrimination_publishes_auroc_with_delong_interval_and_auprc()
    {
        // Pairs: positives 0.9, 0.8, 0.6, 0.45 against 6 negatives: 6 + 6 + 5 + 4 = 21 wins of 24.
        double[] sorted = [.. Scores.Reverse()];
        byte[] positive = [.. Labels.Reverse().Select(l => l == true ? (byte)1 : (byte)0)];
        var expected = DeLong.Estimate(sorted, positive);
        var report = await CheckVerifier<DiscriminationCheck>.VerifyAsync(Test(
        [
            ExpectedFinding.Of(PerformanceRuleIds.Discrimination).At("sepsis")
                .WithArguments(21.0 / 24, expected.Lower, expected.Upper, BruteForce.AveragePrecision(sorted, positive), "sepsis"),
        ],
        Configure.Options((PerformanceRuleIds.AurocBelowMinimum, "min_auroc", 0))));
        // The class counts, no longer in the message, are in the evidence: 4 positive and 6 negative rows.
        var metrics = Assert.Single(report.Findings).Evidence.Metrics!;
        Assert.Contains(new EvidenceMetric("positives", 4), metrics);
        Assert.Contains(new EvidenceMetric("negatives", 6), metrics);
        Assert.Equal(21.0 / 24, report.Value("auroc"), 15);
        Assert.Equal(expected.Lower, report.Get("auroc").Lower);
        // AP: 0.9, 0.8 → precision 1 at recall 1/2; 0.6 → 3/4 at 3/4; 0.45 → 4/6 at 1: (1/2)·1 + (1/4)(3/4) + (1/4)(2/3).
        Assert.Equal(0.5 + (0.25 * 0.75) + (0.25 * 4.0 / 6), report.Value("auprc"), 15);
    }

    [Fact]
    public async Task Auroc_below_minimum_is_reported()
    {
        double[] sorted = [.. Scores.Reverse()];
        byte[] positive = [.. Labels.Reverse().Select(l => l == true ? (byte)1 : (byte)0)];
        var expected = DeLong.Estimate(sorted, positive);
        await CheckVerifier<DiscriminationCheck>.VerifyAsync(Test(
            [
                ExpectedFinding.Of(PerformanceRuleIds.Discrimination),
                ExpectedFinding.Of(PerformanceRuleIds.AurocBelowMinimum).At("sepsis")
                    .WithArguments(21.0 / 24, expected.Lower, expected.Upper, 0.7, "95% lower bound"),
            ]));
    }

    [Fact]
    public async Task Calibration_measurements_and_slope_finding()
    {
        var report = await CheckVerifier<CalibrationCheck>.RunAsync(Test([]));
        double[] sorted = [.. Scores.Reverse()];
        byte[] positive = [.. Labels.Reverse().Select(l => l == true ? (byte)1 : (byte)0)];
        Assert.Equal(Brier.Compute(sorted, positive).Value, report.Value("brier"), 15);
        Assert.Equal(ReliabilityBins.Compute(sorted, positive, 10).Ece, report.Value("ece"), 15);
        Assert.True(report.Has("calibration_slope"));
        Assert.True(report.Has("calibration_intercept"));
        var summary = Assert.Single(report.Findings, f => f.RuleId == PerformanceRuleIds.Calibration);
        // The table and the charts are on the summary alone; XAI5007/XAI5008 carry their metric.
        Assert.All(report.Findings.Where(f => f.RuleId != PerformanceRuleIds.Calibration), f =>
        {
            Assert.Null(f.Evidence.Charts);
            Assert.Null(f.Evidence.Tables);
            Assert.Single(f.Evidence.Metrics!);
        });
        // The message gives the estimates; the slope's and the intercept's intervals are in the evidence.
        var slope = report.Get("calibration_slope");
        var intercept = report.Get("calibration_intercept");
        Assert.Equal(
            string.Format(
                CultureInfo.InvariantCulture,
                "Brier score {0:F4}, ECE {1:F3} (10 equal-width bins), calibration slope {2:0.00;−0.00;0.00}, calibration intercept {3:0.00;−0.00;0.00}",
                report.Value("brier"),
                report.Value("ece"),
                slope.Value,
                intercept.Value),
            summary.Message);
        Assert.Contains(new EvidenceMetric("calibration_slope", slope.Value, slope.Lower, slope.Upper), summary.Evidence.Metrics!);
        Assert.Contains(new EvidenceMetric("calibration_intercept", intercept.Value, intercept.Lower, intercept.Upper), summary.Evidence.Metrics!);
        Assert.Equal(2, summary.Evidence.Charts!.Count);
        var diagram = summary.Evidence.Charts[0];
        Assert.Equal("Reliability diagram (10 equal-width bins)", diagram.Title);
        Assert.Equal("Mean score in bin", diagram.XLabel);
        // Bins 1 to 9 hold one row each except bin 4 (0.45 positive, 0.40 negative): rows per bin in the subtitle.
        Assert.Equal("Wilson 95% CI per bin; rows per bin, lowest scores first: 1, 1, 1, 2, 1, 1, 1, 1, 1", diagram.Subtitle);
        var observed = diagram.Series[0];
        Assert.Equal("Observed rate (95% CI)", observed.Name);
        Assert.Equal(0.425, observed.X[3], 15);
        Assert.Equal(0.5, observed.Y[3]);
        // Wilson for 1 of 2: centre (0.5 + z²/4) / (1 + z²/2) = 0.5; half-width z / (1 + z²/2) · sqrt(0.5 · 0.5 / 2 + z²/16).
        const double z = 1.959963984540054;
        var half = z / (1 + (z * z / 2)) * Math.Sqrt((0.25 / 2) + (z * z / 16));
        Assert.Equal(0.5 - half, observed.Lower![3], 15);
        Assert.Equal(0.5 + half, observed.Upper![3], 15);
        // A bin of one positive row (0.9): [1 / (1 + z²), 1].
        Assert.Equal(1 / (1 + (z * z)), observed.Lower![8], 15);
        var histogram = summary.Evidence.Charts[1];
        Assert.Equal(ChartKind.Bar, histogram.Kind);
        Assert.Equal("Distribution of scores (10 equal-width bins)", histogram.Title);
        Assert.Equal([0.0, 1, 1, 1, 2, 1, 1, 1, 1, 1], histogram.Series[0].Y);
        Assert.Equal(["0–0.1", "0.1–0.2"], histogram.Categories!.Take(2));
        var table = Assert.Single(summary.Evidence.Tables!);
        Assert.Equal(["Score bin", "Rows", "Positives", "Mean score", "Observed rate [Wilson 95% CI]"], table.Columns);
        Assert.Equal(["0.4–0.5", "2", "1", "0.425", $"0.500 [{0.5 - half:F3}, {0.5 + half:F3}]"], table.Rows[3]);
    }

    [Fact]
    public async Task Non_binary_label_is_skipped_with_the_reason()
    {
        var test = new CheckTest
        {
            Data = TestData.Table(TestData.Numeric("risk", 0.1, 0.5, 0.9), TestData.Numeric("grade", 1, 2, 3)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "grade", ScoreColumn = "risk" },
            ExpectedFindings = [ExpectedFinding.Of("XAI0004").WithMessage("Check 'DiscriminationCheck' was skipped: label column 'grade' does not have exactly two classes")],
        };
        var report = await CheckVerifier<DiscriminationCheck>.VerifyAsync(test);
        Assert.Empty(report.Measurements);
    }

    [Fact]
    public async Task Rows_with_missing_score_or_label_are_left_out()
    {
        var test = new CheckTest
        {
            Data = TestData.Table(TestData.Numeric("risk", 0.9, double.NaN, 0.2, 0.7, 0.1), TestData.Boolean("y", true, true, null, false, false)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y", ScoreColumn = "risk" },
            ExpectedFindings = [ExpectedFinding.Of(PerformanceRuleIds.Discrimination)],
        };
        var report = await CheckVerifier<DiscriminationCheck>.VerifyAsync(test);
        Assert.Equal(1, report.Value("auroc"));
    }
}
