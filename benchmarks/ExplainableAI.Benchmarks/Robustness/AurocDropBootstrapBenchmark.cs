using BenchmarkDotNet.Attributes;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Benchmarks.Robustness;

/// <summary>
/// One paired bootstrap of the AUROC drop at the demo's size (3,000 rows, 200 resamples): the former way, both AUROCs
/// sorting the written-out resample, against rows sorted once and each resample a count per row (one pass per AUROC).
/// Run with <c>--filter '*AurocDropBootstrap*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class AurocDropBootstrapBenchmark
{
    private const int Rows = 3000;
    private const int Samples = 200;
    private readonly double[] baseline = new double[Rows];
    private readonly double[] perturbed = new double[Rows];
    private readonly byte[] outcomes = new byte[Rows];
    private readonly int[] rows = [.. Enumerable.Range(0, Rows)];

    /// <summary>Scores with a signal and a noisy perturbed copy, seeded.</summary>
    [GlobalSetup]
    public void Create()
    {
        var random = new Random(1);
        for (var r = 0; r < Rows; r++)
        {
            outcomes[r] = random.NextDouble() < 0.2 ? (byte)1 : (byte)0;
            baseline[r] = Math.Round(random.NextDouble() + (0.5 * outcomes[r]), 3);
            perturbed[r] = Math.Round(baseline[r] + (0.2 * (random.NextDouble() - 0.5)), 3);
        }
    }

    /// <summary>Former: each resample written out and sorted twice (<see cref="Auroc.Of(ReadOnlySpan{double}, ReadOnlySpan{byte})"/>).</summary>
    /// <returns>The summed drops.</returns>
    [Benchmark(Baseline = true)]
    public double SortPerResample()
    {
        var random = new Random(42);
        var b = new double[Rows];
        var p = new double[Rows];
        var ob = new byte[Rows];
        var op = new byte[Rows];
        double sum = 0;
        for (var s = 0; s < Samples; s++)
        {
            for (var i = 0; i < Rows; i++)
            {
                var row = rows[random.Next(Rows)];
                b[i] = baseline[row];
                p[i] = perturbed[row];
                ob[i] = op[i] = outcomes[row];
            }

            sum += Auroc.Of(b, ob) - Auroc.Of(p, op);
        }

        return sum;
    }

    /// <summary>Now: rows sorted once by each score; a resample is a count per row.</summary>
    /// <returns>The summed drops.</returns>
    [Benchmark]
    public double SortedOnce() =>
        SortedOnceBootstrap.SumOfDrops(baseline, perturbed, rows, outcomes, Samples);
}
