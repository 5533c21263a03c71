using BenchmarkDotNet.Attributes;
using ExplainableAI.Plugins.Robustness;

namespace ExplainableAI.Benchmarks.Robustness;

/// <summary>
/// The interval of one probe's AUROC drop at the default probe sample (50,000 rows): the former 200-resample paired
/// bootstrap (a multinomial resample drawn row by row, both AUROCs one pass over orders sorted once), against DeLong's
/// paired interval (one sort of the probe's scores, placements, one pass), and against the Poisson bootstrap kept for
/// <c>bootstrap_samples</c> above 0. Run with <c>--filter '*PairedAurocDrop*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PairedAurocDropBenchmark
{
    private const int Samples = 200;
    private double[] baseline = [];
    private double[] perturbed = [];
    private byte[] outcomes = [];
    private int[] rows = [];
    private PairedAurocDrop estimator = null!;

    /// <summary>Rows probed.</summary>
    [Params(50_000)]
    public int Rows { get; set; }

    /// <summary>Scores with a signal and a noisy perturbed copy, seeded; the estimator built once, as a session does.</summary>
    [GlobalSetup]
    public void Create()
    {
        var random = new Random(1);
        baseline = new double[Rows];
        perturbed = new double[Rows];
        outcomes = new byte[Rows];
        rows = [.. Enumerable.Range(0, Rows)];
        for (var r = 0; r < Rows; r++)
        {
            outcomes[r] = random.NextDouble() < 0.2 ? (byte)1 : (byte)0;
            baseline[r] = Math.Round(random.NextDouble() + (0.5 * outcomes[r]), 3);
            perturbed[r] = Math.Round(baseline[r] + (0.2 * (random.NextDouble() - 0.5)), 3);
        }

        estimator = new PairedAurocDrop(baseline, outcomes);
    }

    /// <summary>Former: 200 multinomial resamples, each drawn row by row.</summary>
    /// <returns>The summed drops.</returns>
    [Benchmark(Baseline = true)]
    public double MultinomialBootstrap() =>
        SortedOnceBootstrap.SumOfDrops(baseline, perturbed, rows, outcomes, Samples);

    /// <summary>Now: DeLong's paired interval (both AUROCs and the interval).</summary>
    /// <returns>The interval's width.</returns>
    [Benchmark]
    public double DeLongPaired()
    {
        var (_, _, interval) = estimator.Estimate(perturbed);
        return interval!.Value.Upper - interval.Value.Lower;
    }

    /// <summary>On request: 200 Poisson-weight resamples over orders sorted once.</summary>
    /// <returns>The interval's width.</returns>
    [Benchmark]
    public double PoissonBootstrap()
    {
        var interval = estimator.Bootstrap(perturbed, new Random(42), Samples, CancellationToken.None);
        return interval!.Value.Upper - interval.Value.Lower;
    }
}
