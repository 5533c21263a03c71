using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Performance.Tests;

/// <summary>The fairness check end to end from a score column: a planted under-diagnosis of one group must be reported.</summary>
public sealed class GroupFairnessCheckTests
{
    // 200 men: 100 positives all scored 0.9 (TPR 1), 100 negatives at 0.1. 200 women: 100 positives, 50 scored 0.9 and 50
    // scored 0.2 (TPR 0.5), 100 negatives at 0.1. Selection 0.5 vs 0.25; FPR 0 in both (so the FPR ratio is undefined).
    // Five rows of sex "X" fall below the minimum group size.
    private static CheckTest Planted(IReadOnlyList<ExpectedFinding> expected) => new()
    {
        Data = TestData.Table(
            TestData.Numeric("risk", [.. Enumerable.Repeat(0.9, 100), .. Enumerable.Repeat(0.1, 100), .. Enumerable.Repeat(0.9, 50), .. Enumerable.Repeat(0.2, 50), .. Enumerable.Repeat(0.1, 100), .. Enumerable.Repeat(0.9, 5)]),
            TestData.Boolean("sepsis", [.. Enumerable.Repeat<bool?>(true, 100), .. Enumerable.Repeat<bool?>(false, 100), .. Enumerable.Repeat<bool?>(true, 100), .. Enumerable.Repeat<bool?>(false, 100), .. Enumerable.Repeat<bool?>(true, 5)]),
            TestData.Categorical("sex", [.. Enumerable.Repeat("M", 200), .. Enumerable.Repeat("F", 200), .. Enumerable.Repeat("X", 5)])),
        Label = "sepsis",
        ScoreColumn = "risk",
        SensitiveAttributes = ["sex"],
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
        await CheckVerifier<GroupFairnessCheck>.VerifyAsync(Planted(
        [
            ExpectedFinding.Of(FairnessRuleIds.GroupMetrics).At("sex").WithArguments("sex", 2, 1, 10),
            ExpectedFinding.Of(FairnessRuleIds.EqualOpportunityDifference).At("sex").InGroup("sex=F")
                .WithArguments("sex", "sex=F", 0.5, "sex=M", 1.0, 0.5, eod.Lower, eod.Upper, 0.1),
            ExpectedFinding.Of(FairnessRuleIds.EqualizedOddsDifference).At("sex").InGroup("sex=F")
                .WithArguments("sex", "sex=F", 0.5, "sex=M", 1.0, "sex=M", 0.0, "sex=M", 0.0, 0.5, eqd.Lower, eqd.Upper, 0.1),
            ExpectedFinding.Of(FairnessRuleIds.DemographicParityDifference).At("sex").InGroup("sex=F")
                .WithArguments("sex", "sex=F", 0.25, "sex=M", 0.5, 0.25, dpd.Lower, dpd.Upper, 0.1),
            ExpectedFinding.Of(FairnessRuleIds.DemographicParityRatio).At("sex").InGroup("sex=F")
                .WithArguments("sex", "sex=F", 0.25, "sex=M", 0.5, 0.5, dpr.Lower, dpr.Upper, 0.8),
        ]));

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
            Label = "y",
            ScoreColumn = "risk",
            SensitiveAttributes = ["sex"],
            ExpectedFindings =
            [
                ExpectedFinding.Of(FairnessRuleIds.GroupMetrics).At("sex"),
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
}
