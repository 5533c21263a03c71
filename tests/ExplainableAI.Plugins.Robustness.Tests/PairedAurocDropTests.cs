using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class PairedAurocDropTests
{
    private const double Z = 1.959963984540054;

    // The hand example of DeLongTests: AUROC 7/8 against 5/8, Var(A - B) = 17/192.
    private static readonly byte[] Outcomes = [1, 1, 1, 0, 0, 0, 0];
    private static readonly double[] A = [0.9, 0.8, 0.4, 0.7, 0.4, 0.2, 0.1];
    private static readonly double[] B = [0.6, 0.3, 0.5, 0.6, 0.2, 0.4, 0.35];

    [Fact]
    public void The_interval_is_the_drop_plus_minus_z_times_the_paired_DeLong_standard_error()
    {
        var (baseline, perturbed, interval) = new PairedAurocDrop(A, Outcomes).Estimate(B);

        Assert.Equal((7 / 8.0, 5 / 8.0), (baseline, perturbed));
        Assert.Equal(0.25 - (Z * Math.Sqrt(17 / 192.0)), interval!.Value.Lower, 14);
        Assert.Equal(0.25 + (Z * Math.Sqrt(17 / 192.0)), interval.Value.Upper, 14);
    }

    [Fact]
    public void Rows_without_a_label_or_a_finite_score_are_left_out_of_both_aurocs()
    {
        // Two rows added: one without a label, one whose perturbed score is NaN. Both AUROCs are over the first seven.
        byte[] outcomes = [.. Outcomes, BinaryLabel.Missing, 1];
        double[] a = [.. A, 0.5, 0.05];
        double[] b = [.. B, 0.5, double.NaN];

        var (baseline, perturbed, interval) = new PairedAurocDrop(a, outcomes).Estimate(b);

        Assert.Equal((7 / 8.0, 5 / 8.0), (baseline, perturbed));
        Assert.Equal(0.25 + (Z * Math.Sqrt(17 / 192.0)), interval!.Value.Upper, 14);
    }

    [Fact]
    public void An_estimator_reused_across_probes_gives_what_a_fresh_one_gives()
    {
        // The baseline's placements over all rows are cached; a probe over fewer rows must not spoil them.
        var random = new Random(5);
        var n = 200;
        var outcomes = Enumerable.Range(0, n).Select(_ => (byte)random.Next(2)).ToArray();
        var baseline = Enumerable.Range(0, n).Select(r => Math.Round(random.NextDouble() + (0.4 * outcomes[r]), 2)).ToArray();
        var probes = Enumerable.Range(0, 6).Select(p => baseline.Select((s, r) => p % 2 == 1 && r % 7 == 0 ? double.NaN : Math.Round(s + (0.3 * (random.NextDouble() - 0.5)), 2)).ToArray()).ToList();
        var reused = new PairedAurocDrop(baseline, outcomes);

        foreach (var probe in probes)
        {
            Assert.Equal(new PairedAurocDrop(baseline, outcomes).Estimate(probe), reused.Estimate(probe));
        }
    }

    [Fact]
    public void Scores_equal_to_the_baseline_give_the_interval_zero_to_zero()
    {
        Assert.Equal((7 / 8.0, 7 / 8.0, (0.0, 0.0)), new PairedAurocDrop(A, Outcomes).Estimate(A));
    }

    [Fact]
    public void The_poisson_bootstrap_repeats_with_the_seed_and_brackets_the_drop()
    {
        var random = new Random(3);
        var n = 400;
        var outcomes = Enumerable.Range(0, n).Select(_ => (byte)random.Next(2)).ToArray();
        var baseline = Enumerable.Range(0, n).Select(r => random.NextDouble() + outcomes[r]).ToArray();
        var perturbed = baseline.Select(s => s + random.NextDouble()).ToArray();
        var estimator = new PairedAurocDrop(baseline, outcomes);

        var first = estimator.Bootstrap(perturbed, new Random(1), 300, CancellationToken.None);
        var second = estimator.Bootstrap(perturbed, new Random(1), 300, CancellationToken.None);
        var (b, p, delong) = estimator.Estimate(perturbed);

        Assert.Equal(first, second);
        Assert.InRange(b - p, first!.Value.Lower, first.Value.Upper);

        // Both estimate the same sampling spread: the widths agree within a quarter.
        Assert.InRange((first.Value.Upper - first.Value.Lower) / (delong!.Value.Upper - delong.Value.Lower), 0.75, 1.25);
    }
}
