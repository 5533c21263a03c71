using CsCheck;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Cohorts;
using ExplainableAI.Sdk.Statistics;
using ExplainableAI.Testing;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Plugins.Performance.Tests;

public sealed class FairnessKernelTests
{
    private static readonly BinaryLabel Label = BinaryLabel.TryRead(TestData.Boolean("y", true, false), null)!;

    private static ScoredOutcomes Outcomes(double[] scores, bool[] labels) =>
        ScoredOutcomes.From(scores, labels.Select(l => l ? 1.0 : 0.0).ToArray(), Label, 0.5);

    [Fact]
    public void Summaries_follow_fairlearn_definitions_on_a_hand_case()
    {
        // Group A (10 rows): TP 3, FN 1, FP 2, TN 4 → selection 5/10, TPR 3/4, FPR 2/6.
        // Group B (10 rows): TP 1, FN 3, FP 1, TN 5 → selection 2/10, TPR 1/4, FPR 1/6.
        // DP difference 0.3, ratio 0.4; TPR difference 0.5, FPR difference 1/6 → EO difference 0.5;
        // TPR ratio 1/3, FPR ratio 1/2 → EO ratio 1/3; equal opportunity difference 0.5.
        double[] a = [0.9, 0.9, 0.9, 0.1, 0.8, 0.8, 0.1, 0.1, 0.1, 0.1];
        bool[] ya = [true, true, true, true, false, false, false, false, false, false];
        double[] b = [0.9, 0.2, 0.2, 0.2, 0.7, 0.3, 0.3, 0.3, 0.3, 0.3];
        bool[] yb = [true, true, true, true, false, false, false, false, false, false];
        var outcomes = Outcomes([.. a, .. b], [.. ya, .. yb]);
        var groups = Cohorts.Of(TestData.Categorical("g", [.. Enumerable.Repeat("A", 10), .. Enumerable.Repeat("B", 10)]));
        var analysis = GroupAnalysis.Compute(outcomes, groups, new GroupAnalysisSettings(10, 0), new Random(1), default);

        Assert.Equal(new ConfusionCounts(3, 2, 4, 1), analysis.Groups[0].Counts);
        Assert.Equal(new ConfusionCounts(1, 1, 5, 3), analysis.Groups[1].Counts);
        Assert.Equal(0.3, analysis.Summaries[FairnessMetric.DemographicParityDifference].Value, 15);
        Assert.Equal(0.4, analysis.Summaries[FairnessMetric.DemographicParityRatio].Value, 15);
        Assert.Equal(0.5, analysis.Summaries[FairnessMetric.EqualizedOddsDifference].Value, 15);
        Assert.Equal(1.0 / 3, analysis.Summaries[FairnessMetric.EqualizedOddsRatio].Value, 15);
        Assert.Equal(0.5, analysis.Summaries[FairnessMetric.EqualOpportunityDifference].Value, 15);
        Assert.Equal(0.75, analysis.Groups[0].Rate(GroupRate.Tpr).Value);
        Assert.Equal(0.25, analysis.Groups[0].Rate(GroupRate.Fnr).Value);
        Assert.Equal(0.6, analysis.Groups[0].Rate(GroupRate.Precision).Value, 15);
        // Group A's AUROC: positives 0.9 ×3 beat all 6 negatives (18); the positive at 0.1 ties 4 negatives (2): 20 of 24.
        Assert.Equal(20.0 / 24, analysis.Groups[0].Auroc.Value, 15);
    }

    [Fact]
    public void Small_groups_are_suppressed_and_left_out_of_summaries()
    {
        double[] scores = [.. Enumerable.Repeat(0.9, 10), .. Enumerable.Repeat(0.1, 10), 0.9, 0.9];
        bool[] labels = [.. Enumerable.Repeat(true, 22)];
        var groups = Cohorts.Of(TestData.Categorical("g", [.. Enumerable.Repeat("A", 10), .. Enumerable.Repeat("B", 10), "C", "C"]));
        var analysis = GroupAnalysis.Compute(Outcomes(scores, labels), groups, new GroupAnalysisSettings(10, 50), new Random(1), default);
        Assert.True(analysis.Groups[2].Suppressed);
        Assert.Equal(1, analysis.Summaries[FairnessMetric.EqualOpportunityDifference].Value);
    }

    [Fact]
    public void Bootstrap_is_reproducible_with_a_seed()
    {
        var (outcomes, groups) = Random(new Random(9), 400);
        var first = GroupAnalysis.Compute(outcomes, groups, new GroupAnalysisSettings(10, 200), new Random(42), default);
        var second = GroupAnalysis.Compute(outcomes, groups, new GroupAnalysisSettings(10, 200), new Random(42), default);
        Assert.Equal(first.Summaries.Values, second.Summaries.Values);
        Assert.Equal(first.Groups.Select(g => g.Rate(GroupRate.Tpr)), second.Groups.Select(g => g.Rate(GroupRate.Tpr)));
    }

    [Fact]
    public void Differences_are_nonnegative_ratios_at_most_one_and_results_do_not_depend_on_row_order()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var random = new Random(seed);
            var (outcomes, groups, scores, labels, codes) = RandomRows(random, 120);
            var analysis = GroupAnalysis.Compute(outcomes, groups, new GroupAnalysisSettings(5, 50), new Random(1), default);
            foreach (var (metric, value) in analysis.Summaries)
            {
                if (double.IsNaN(value.Value))
                {
                    continue;
                }

                if (FairnessMetrics.IsRatio(metric))
                {
                    Assert.InRange(value.Value, 0, 1);
                    Assert.True(double.IsNaN(value.Upper) || value.Upper <= 1);
                }
                else
                {
                    Assert.True(value.Value >= 0 && (double.IsNaN(value.Lower) || value.Lower >= 0));
                }
            }

            // Shuffle the rows: group counts, hence every estimate and (same seed) every interval, are unchanged.
            var order = Enumerable.Range(0, scores.Length).OrderBy(_ => random.Next()).ToArray();
            var shuffledOutcomes = Outcomes([.. order.Select(i => scores[i])], [.. order.Select(i => labels[i])]);
            var shuffledGroups = Cohorts.Of(TestData.Categorical("g", [.. order.Select(i => codes[i])]));
            var shuffled = GroupAnalysis.Compute(shuffledOutcomes, shuffledGroups, new GroupAnalysisSettings(5, 50), new Random(1), default);
            Assert.Equal(analysis.Groups.Select(g => (g.Subject, g.Counts)).OrderBy(x => x.Subject), shuffled.Groups.Select(g => (g.Subject, g.Counts)).OrderBy(x => x.Subject));
            foreach (var metric in FairnessMetrics.All)
            {
                Assert.Equal(analysis.Summaries[metric].Value, shuffled.Summaries[metric].Value, 12);
            }
        }, iter: 30);
    }

    private static (ScoredOutcomes Outcomes, CohortGrouping Groups) Random(Random random, int n)
    {
        var (outcomes, groups, _, _, _) = RandomRows(random, n);
        return (outcomes, groups);
    }

    private static (ScoredOutcomes, CohortGrouping, double[], bool[], string[]) RandomRows(Random random, int n)
    {
        var scores = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble(), 2)).ToArray();
        var labels = scores.Select(s => random.NextDouble() < s).ToArray();
        var codes = Enumerable.Range(0, n).Select(_ => "ABC"[random.Next(3)].ToString()).ToArray();
        var outcomes = Outcomes(scores, labels);
        var groups = Cohorts.Of(TestData.Categorical("g", codes));
        return (outcomes, groups, scores, labels, codes);
    }
}
