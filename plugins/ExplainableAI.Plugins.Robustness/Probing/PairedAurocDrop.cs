using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// The AUROC drop of perturbed scores against the baseline scores of the same rows, with its 95 % interval from DeLong's
/// paired variance (<see cref="DeLong.DifferenceVariance"/>) or a paired Poisson bootstrap. The rows compared are those
/// with a label and finite baseline and perturbed scores. The baseline is sorted once, when the estimator is built; a
/// probe sorts only its own scores. Buffers are reused from probe to probe: not thread-safe.
/// </summary>
internal sealed class PairedAurocDrop
{
    private readonly byte[] outcomes;

    // The rows with a label and a finite baseline score, in ascending order of that score: compact position j is the
    // j-th of them, so the baseline's own ascending order over compact positions is 0, 1, 2, …
    private readonly int[] ranked;
    private readonly int[] identity;

    // Per compact position: label, baseline and perturbed score, both placements; the perturbed order.
    private readonly byte[] labels;
    private readonly double[] baseScores;
    private readonly double[] probeScores;
    private readonly double[] fullPlacements;
    private readonly double[] subsetPlacements;
    private readonly double[] probePlacements;
    private readonly double[] keys;
    private readonly int[] order;
    private readonly double fullAuroc;
    private SortedScores? sortedBaseline;

    /// <summary>Sorts the baseline once and computes its placements over every row it can compare.</summary>
    /// <param name="baseline">The baseline score per row.</param>
    /// <param name="outcomes">Per row, 1 positive, 0 negative or <see cref="BinaryLabel.Missing"/>.</param>
    public PairedAurocDrop(double[] baseline, byte[] outcomes)
    {
        this.outcomes = outcomes;
        var rows = new List<int>(baseline.Length);
        for (var r = 0; r < baseline.Length; r++)
        {
            if (outcomes[r] != BinaryLabel.Missing && double.IsFinite(baseline[r]))
            {
                rows.Add(r);
            }
        }

        ranked = [.. rows];
        var sortKeys = ranked.Select(r => baseline[r]).ToArray();
        Array.Sort(sortKeys, ranked);
        var n = ranked.Length;
        identity = [.. Enumerable.Range(0, n)];
        labels = new byte[n];
        baseScores = new double[n];
        probeScores = new double[n];
        fullPlacements = new double[n];
        subsetPlacements = new double[n];
        probePlacements = new double[n];
        keys = new double[n];
        order = new int[n];
        for (var j = 0; j < n; j++)
        {
            labels[j] = outcomes[ranked[j]];
            baseScores[j] = baseline[ranked[j]];
        }

        fullAuroc = DeLong.Placements(baseScores, labels, identity, fullPlacements);
        Baseline = baseline;
    }

    /// <summary>The baseline score per row.</summary>
    public double[] Baseline { get; }

    /// <summary>Both AUROCs over the rows compared and DeLong's paired 95 % interval of their difference.</summary>
    /// <param name="perturbed">The perturbed score per row.</param>
    /// <returns>Baseline AUROC, perturbed AUROC, and the interval (clipped to [−1, 1]; none when a class has fewer than two rows).</returns>
    public (double Baseline, double Perturbed, (double Lower, double Upper)? Interval) Estimate(ReadOnlySpan<double> perturbed)
    {
        var n = Compact(perturbed);
        var labelsUsed = labels.AsSpan(0, n);

        // Every row compared: the baseline's placements over all of them were computed once. Otherwise the compact
        // positions of the rows kept are still in baseline order, so its placements need no sort either.
        var full = n == ranked.Length;
        var basePlaced = full ? fullPlacements.AsSpan() : subsetPlacements.AsSpan(0, n);
        var baseAuroc = full ? fullAuroc : DeLong.Placements(baseScores.AsSpan(0, n), labelsUsed, identity.AsSpan(0, n), basePlaced);
        var perturbedAuroc = DeLong.Placements(probeScores.AsSpan(0, n), labelsUsed, SortProbe(n), probePlacements.AsSpan(0, n));
        var variance = DeLong.DifferenceVariance(basePlaced, probePlacements.AsSpan(0, n), labelsUsed, baseAuroc, perturbedAuroc);
        if (!double.IsFinite(variance))
        {
            return (baseAuroc, perturbedAuroc, null);
        }

        var drop = baseAuroc - perturbedAuroc;
        var half = Interval.Z95 * Math.Sqrt(variance);
        return (baseAuroc, perturbedAuroc, (Math.Max(-1, drop - half), Math.Min(1, drop + half)));
    }

    /// <summary>
    /// A percentile interval (2.5 % and 97.5 %) of the AUROC drop by paired Poisson bootstrap: each resample weights
    /// every row by a Poisson(1) draw and computes both AUROCs with the same weights, so the pairing is kept. Each AUROC
    /// is one pass over an order sorted once (the baseline's when this estimator was built, the probe's once per call).
    /// </summary>
    /// <param name="perturbed">The perturbed score per row.</param>
    /// <param name="random">The seeded source.</param>
    /// <param name="samples">Number of resamples; fewer than 2 gives no interval.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The interval, or <see langword="null"/> without resamples or rows to compare.</returns>
    public (double Lower, double Upper)? Bootstrap(ReadOnlySpan<double> perturbed, Random random, int samples, CancellationToken cancellationToken)
    {
        if (samples < 2 || ranked.Length == 0)
        {
            return null;
        }

        sortedBaseline ??= new SortedScores(Baseline, ranked);
        var compared = new List<int>(ranked.Length);
        foreach (var r in ranked)
        {
            if (double.IsFinite(perturbed[r]))
            {
                compared.Add(r);
            }
        }

        if (compared.Count == 0)
        {
            return null;
        }

        var sortedPerturbed = new SortedScores(perturbed.ToArray(), [.. compared]);

        // Rows not compared keep weight 0, so the baseline's sorted order over all its rows serves every probe.
        var weights = new int[Baseline.Length];
        var drops = new List<double>(samples);
        for (var b = 0; b < samples; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var r in compared)
            {
                weights[r] = Sdk.Statistics.Bootstrap.PoissonWeight(random);
            }

            var drop = sortedBaseline.Auroc(weights, outcomes) - sortedPerturbed.Auroc(weights, outcomes);
            if (!double.IsNaN(drop))
            {
                drops.Add(drop);
            }
        }

        if (drops.Count < 2)
        {
            return null;
        }

        drops.Sort();
        var sorted = drops.ToArray();
        return (Quantile.Linear(sorted, 0.025), Quantile.Linear(sorted, 0.975));
    }

    // Copies the rows compared into the compact buffers, in baseline order; returns how many.
    private int Compact(ReadOnlySpan<double> perturbed)
    {
        var n = 0;
        for (var j = 0; j < ranked.Length; j++)
        {
            var score = perturbed[ranked[j]];
            if (!double.IsFinite(score))
            {
                continue;
            }

            labels[n] = outcomes[ranked[j]];
            baseScores[n] = Baseline[ranked[j]];
            probeScores[n] = score;
            n++;
        }

        return n;
    }

    // The probe's ascending order over the compact positions: its one sort.
    private ReadOnlySpan<int> SortProbe(int n)
    {
        probeScores.AsSpan(0, n).CopyTo(keys);
        identity.AsSpan(0, n).CopyTo(order);
        keys.AsSpan(0, n).Sort(order.AsSpan(0, n));
        return order.AsSpan(0, n);
    }
}
