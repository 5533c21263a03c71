using CsCheck;
using ExplainableAI.Sdk.Cohorts;
using ExplainableAI.Sdk.Statistics;
using ExplainableAI.Testing;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Plugins.Performance.Tests;

/// <summary>The row-level bootstrap of per-group AUROC, Brier, ECE and calibration in the large.</summary>
public sealed class GroupScoreBootstrapTests
{
    private static readonly BinaryLabel Label = BinaryLabel.TryRead(TestData.Boolean("y", true, false), null)!;

    [Fact]
    public void Weighted_pass_equals_the_metrics_of_the_rows_written_out()
    {
        // A resample is kept as a count per row; the one weighted pass must give exactly the metrics of the resample's rows
        // written out and sorted: brute-force Mann–Whitney, the Brier and ECE kernels, and mean(y − score).
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var random = new Random(seed);
            var n = random.Next(2, 60);
            var scores = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble(), 1)).Order().ToArray();
            var positive = scores.Select(s => random.NextDouble() < s ? (byte)1 : (byte)0).ToArray();
            var weights = Enumerable.Range(0, n).Select(_ => random.Next(4)).ToArray();
            var expandedScores = scores.SelectMany((s, i) => Enumerable.Repeat(s, weights[i])).ToArray();
            var expandedPositive = positive.SelectMany((y, i) => Enumerable.Repeat(y, weights[i])).ToArray();
            var metrics = GroupScoreBootstrap.Of(scores, positive, weights, probabilities: true, 10);
            if (expandedScores.Length == 0)
            {
                return;
            }

            var both = expandedPositive.Any(y => y == 1) && expandedPositive.Any(y => y == 0);
            Assert.Equal(both ? Auroc.Of(expandedScores, expandedPositive) : double.NaN, metrics.Auroc, 12);
            Assert.Equal(Brier.Compute(expandedScores, expandedPositive).Value, metrics.Brier, 12);
            Assert.Equal(ReliabilityBins.Compute(expandedScores, expandedPositive, 10).Ece, metrics.Ece, 12);
            Assert.Equal(expandedScores.Select((s, i) => expandedPositive[i] - s).Average(), metrics.CalibrationInTheLarge, 12);
        }, iter: 200);
    }

    [Fact]
    public void Calibration_in_the_large_by_hand()
    {
        // Scores 0.2, 0.4, 0.6, 0.8 with outcomes 0, 1, 1, 1: observed 3/4, mean score 0.5 → O − E = 0.25.
        // Brier (0.04 + 0.36 + 0.16 + 0.04) / 4 = 0.15. ECE: one row per bin, |y − s| each: (0.2 + 0.6 + 0.4 + 0.2) / 4 = 0.35.
        var metrics = GroupScoreBootstrap.Point([0.2, 0.4, 0.6, 0.8], [0, 1, 1, 1], probabilities: true, 10);
        Assert.Equal(0.25, metrics.CalibrationInTheLarge, 15);
        Assert.Equal(0.15, metrics.Brier, 15);
        Assert.Equal(0.35, metrics.Ece, 15);
        // Positives 0.4, 0.6, 0.8 each beat the one negative at 0.2.
        Assert.Equal(1, metrics.Auroc);
    }

    [Fact]
    public void Intervals_are_reproducible_contain_the_estimate_and_narrow_with_n()
    {
        var small = Analyse(120, seed: 3);
        var again = Analyse(120, seed: 3);
        var large = Analyse(2400, seed: 3);
        Assert.Equal(small.Groups.Select(g => (g.Auroc, g.Brier, g.Ece, g.CalibrationInTheLarge, g.CalibrationGap)), again.Groups.Select(g => (g.Auroc, g.Brier, g.Ece, g.CalibrationInTheLarge, g.CalibrationGap)));
        foreach (var g in small.Groups.Concat(large.Groups))
        {
            Assert.InRange(g.Auroc.Value, g.Auroc.Lower, g.Auroc.Upper);
            Assert.InRange(g.Brier.Value, g.Brier.Lower, g.Brier.Upper);
            Assert.InRange(g.CalibrationInTheLarge.Value, g.CalibrationInTheLarge.Lower, g.CalibrationInTheLarge.Upper);
            Assert.InRange(g.CalibrationGap.Value, g.CalibrationGap.Lower, g.CalibrationGap.Upper);
            Assert.True(g.Ece.HasBounds);
        }

        for (var k = 0; k < 2; k++)
        {
            Assert.True(Width(large.Groups[k].Auroc) < Width(small.Groups[k].Auroc) / 2);
            Assert.True(Width(large.Groups[k].Brier) < Width(small.Groups[k].Brier) / 2);
            Assert.True(Width(large.Groups[k].Ece) < Width(small.Groups[k].Ece));
            Assert.True(Width(large.Groups[k].CalibrationGap) < Width(small.Groups[k].CalibrationGap) / 2);
        }
    }

    [Fact]
    public void Groups_above_the_row_limit_get_the_DeLong_and_normal_intervals()
    {
        var (outcomes, groups, scores, positive) = Rows(300, seed: 5);
        var analysis = GroupAnalysis.Compute(outcomes, groups, new GroupAnalysisSettings(10, 100, ExactBootstrapMaxRows: 50), new Random(1), default);
        var a = analysis.Groups[0];
        var rows = Enumerable.Range(0, scores.Length).Where(i => groups.RowGroups[i] == 0).OrderBy(i => scores[i]).ToArray();
        double[] groupScores = [.. rows.Select(i => scores[i])];
        byte[] groupPositive = [.. rows.Select(i => positive[i])];
        var delong = DeLong.Estimate(groupScores, groupPositive);
        Assert.Equal(delong.Lower, a.Auroc.Lower, 12);
        Assert.Equal(delong.Upper, a.Auroc.Upper, 12);
        Assert.Equal(Brier.Compute(groupScores, groupPositive), a.Brier);
        Assert.False(a.Ece.HasBounds);
        // Calibration in the large: mean(y − s) ± z·sd/√n.
        var d = groupScores.Select((s, i) => groupPositive[i] - s).ToArray();
        var sd = Math.Sqrt(d.Sum(x => (x - d.Average()) * (x - d.Average())) / (d.Length - 1));
        Assert.Equal(d.Average() - (Interval.Z95 * sd / Math.Sqrt(d.Length)), a.CalibrationInTheLarge.Lower, 12);
        Assert.True(a.CalibrationGap.HasBounds);
    }

    private static GroupAnalysis Analyse(int n, int seed)
    {
        var (outcomes, groups, _, _) = Rows(n, seed);
        return GroupAnalysis.Compute(outcomes, groups, new GroupAnalysisSettings(10, 400), new Random(11), default);
    }

    // Two groups; scores uniform on [0, 1]; group A calibrated, group B's outcomes drawn from score + 0.1.
    private static (ScoredOutcomes Outcomes, CohortGrouping Groups, double[] Scores, byte[] Positive) Rows(int n, int seed)
    {
        var random = new Random(seed);
        var codes = Enumerable.Range(0, n).Select(i => i % 2 == 0 ? "A" : "B").ToArray();
        var scores = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        var positive = scores.Select((s, i) => random.NextDouble() < s + (codes[i] == "B" ? 0.1 : 0) ? (byte)1 : (byte)0).ToArray();
        var outcomes = ScoredOutcomes.From(scores, positive.Select(y => (double)y).ToArray(), Label, 0.5);
        var groups = Cohorts.Of(TestData.Categorical("g", codes));
        return (outcomes, groups, scores, positive);
    }

    private static double Width(Interval interval) => interval.Upper - interval.Lower;
}
