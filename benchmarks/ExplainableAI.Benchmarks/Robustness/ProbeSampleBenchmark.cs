using BenchmarkDotNet.Attributes;
using ExplainableAI.Plugins.Robustness;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Cohorts;
using ExplainableAI.Sdk.Statistics;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Benchmarks.Robustness;

/// <summary>
/// The per-probe bookkeeping at scale: drawing the label-stratified probe sample from a million rows (once per check),
/// and the flip rate of each sensitive-attribute group over every probed row, formerly through a dictionary of row
/// positions built per probe, now read directly. Run with <c>--filter '*ProbeSample*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ProbeSampleBenchmark
{
    private const int Rows = 1_000_000;
    private const int Probed = 50_000;
    private readonly byte[] outcomes = new byte[Rows];
    private readonly bool[] flipped = new bool[Probed];
    private readonly double[] change = new double[Probed];
    private readonly int[] probedRows = [.. Enumerable.Range(0, Probed)];
    private SensitiveGroups groups = SensitiveGroups.None;

    /// <summary>Outcomes with 20 % positives and 1 % missing; 50,000 rows with sex and an age in years, seeded.</summary>
    [GlobalSetup]
    public void Create()
    {
        var random = new Random(1);
        for (var r = 0; r < Rows; r++)
        {
            var u = random.NextDouble();
            outcomes[r] = u < 0.01 ? BinaryLabel.Missing : u < 0.21 ? (byte)1 : (byte)0;
        }

        for (var i = 0; i < Probed; i++)
        {
            flipped[i] = random.NextDouble() < 0.05;
            change[i] = random.NextDouble() * 0.1;
        }

        var data = Table(
            Categorical("sex", [.. Enumerable.Range(0, Probed).Select(i => i % 2 == 0 ? "F" : "M")]),
            Numeric("age", [.. Enumerable.Range(0, Probed).Select(_ => (double)random.Next(18, 95))]));
        groups = SensitiveGroups.Of(CohortSet.Build(new RegistrationInfo("model", "0", "benchmark", null, null, ["sex", "age"]), data));
    }

    /// <summary>The stratified sample of 50,000 of a million rows (one pass, ascending).</summary>
    /// <returns>The sample.</returns>
    [Benchmark]
    public int[] StratifiedDraw() => StratifiedSample.Draw(outcomes, Rows, Probed, new Random(42));

    /// <summary>Former: the group impact of every probed row through a dictionary of positions.</summary>
    /// <returns>The first group's flip rate.</returns>
    [Benchmark(Baseline = true)]
    public double ImpactThroughPositions() => groups.Impact(probedRows, flipped, change)[0].FlipRate;

    /// <summary>Now: the group impact read directly.</summary>
    /// <returns>The first group's flip rate.</returns>
    [Benchmark]
    public double ImpactOfAll() => groups.ImpactOfAll(flipped, change)[0].FlipRate;
}
