using BenchmarkDotNet.Attributes;
using ExplainableAI.Plugins.Drift.Columns;
using ExplainableAI.Sdk;

namespace ExplainableAI.Benchmarks.Drift;

/// <summary>
/// Every per-column drift statistic (K-S with its p-value, Wasserstein, normed Wasserstein, decile PSI, Jensen–Shannon,
/// chi-square) of 50 numeric columns of 1,000,000 reference and 1,000,000 current rows, columns in parallel as the check
/// runs them. Some columns are shifted slightly so every region of the K-S p-value computation is exercised.
/// </summary>
[MemoryDiagnoser]
public class ColumnDriftBenchmark
{
    private const int Seed = 20261125;
    private DataColumn[] reference = [];
    private DataColumn[] current = [];

    /// <summary>Rows in each dataset.</summary>
    [Params(1_000_000)]
    public int Rows { get; set; }

    /// <summary>The number of numeric columns.</summary>
    public int Columns { get; set; } = 50;

    /// <summary>Draws the data once, seeded.</summary>
    [GlobalSetup]
    public void Draw()
    {
        reference = new DataColumn[Columns];
        current = new DataColumn[Columns];
        Parallel.For(0, Columns, c =>
        {
            var random = new Random(Seed + c);
            // Shifts of 0.002, 0.005 and 0.01 sd put the K-S p-value in the Pelz–Good, Durbin/Smirnov and Smirnov regions.
            var shift = (c % 5) switch { 0 => 0.002, 1 => 0.005, 2 => 0.01, _ => 0.0 };
            reference[c] = new DataColumn($"x{c}", ColumnKind.Numeric, Normal(random, Rows, 0));
            current[c] = new DataColumn($"x{c}", ColumnKind.Numeric, Normal(random, Rows, shift));
        });
    }

    /// <summary>All statistics of all columns.</summary>
    /// <returns>The number of drifted columns (so the work is not optimised away).</returns>
    [Benchmark]
    public int AllColumnStatistics()
    {
        var settings = new DriftSettings();
        var drifted = 0;
        Parallel.For(0, Columns, c =>
        {
            var result = ColumnComparer.Compare(reference[c].Name, reference[c], current[c], settings);
            if (result.Drifted)
            {
                Interlocked.Increment(ref drifted);
            }
        });
        return drifted;
    }

    private static double[] Normal(Random random, int count, double mean)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            // Rounded to 4 decimals, like lab values, so ties occur.
            values[i] = Math.Round(mean + (Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2)), 4);
        }

        return values;
    }
}
