using BenchmarkDotNet.Attributes;
using ExplainableAI.Plugins.Performance;
using ExplainableAI.Sdk;

namespace ExplainableAI.Benchmarks.Performance;

/// <summary>
/// The performance, calibration and fairness checks on 1,000,000 scored rows with two sensitive attributes (sex, and age
/// binned into bands) plus their intersection, 1,000 bootstrap resamples: the target is seconds, not minutes.
/// </summary>
[MemoryDiagnoser]
public class PerformanceChecksBenchmark
{
    private const int Seed = 20260101;
    private TabularData data = null!;
    private Predictions predictions = null!;
    private RegistrationInfo registration = null!;
    private RegistrationInfo siteRegistration = null!;

    /// <summary>The number of rows.</summary>
    [Params(1_000_000)]
    public int Rows { get; set; }

    /// <summary>Builds the cohort once: scores uniform, outcomes drawn from them, a sex and an age per row.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Seed);
        var scores = new double[Rows];
        var label = new double[Rows];
        var sex = new double[Rows];
        var age = new double[Rows];
        var site = new double[Rows];
        for (var i = 0; i < Rows; i++)
        {
            scores[i] = random.NextDouble();
            label[i] = random.NextDouble() < scores[i] ? 1 : 0;
            sex[i] = random.Next(2);
            age[i] = 18 + random.Next(78);
            site[i] = i % 100;
        }

        data = new TabularData(
            "bench",
            [
                new DataColumn("y", ColumnKind.Boolean, label),
                new DataColumn("sex", ColumnKind.Categorical, sex, ["F", "M"]),
                new DataColumn("age", ColumnKind.Numeric, age),
                new DataColumn("site", ColumnKind.Categorical, site, [.. Enumerable.Range(0, 100).Select(k => "S" + k.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
            ]);
        predictions = new Predictions(ModelTask.BinaryClassification, Rows, ["probability"], scores);
        registration = new RegistrationInfo("bench", "1", "benchmark", "y", null, ["sex", "age"]);
        siteRegistration = new RegistrationInfo("bench", "1", "benchmark", "y", null, ["site"]);
    }

    /// <summary>AUROC with DeLong, AUPRC, curves.</summary>
    /// <returns>Findings reported.</returns>
    [Benchmark]
    public Task<int> Discrimination() => Run(new DiscriminationCheck());

    /// <summary>Operating-point metrics with Wilson and bootstrap intervals.</summary>
    /// <returns>Findings reported.</returns>
    [Benchmark]
    public Task<int> OperatingPoint() => Run(new OperatingPointCheck());

    /// <summary>Brier, ECE, logistic recalibration.</summary>
    /// <returns>Findings reported.</returns>
    [Benchmark]
    public Task<int> Calibration() => Run(new CalibrationCheck());

    /// <summary>Group metrics, summaries and 1,000-resample bootstrap for sex, age bands and sex × age.</summary>
    /// <returns>Findings reported.</returns>
    [Benchmark]
    public Task<int> Fairness() => Run(new GroupFairnessCheck());

    /// <summary>
    /// The worst case of the row-level bootstrap at its default limit: one attribute with 100 sites of 10,000 rows each,
    /// so every group's AUROC, Brier, ECE and calibration in the large are resampled row by row, 1,000 times.
    /// </summary>
    /// <returns>Findings reported.</returns>
    [Benchmark]
    public Task<int> FairnessSmallGroups() => Run(new GroupFairnessCheck(), siteRegistration);

    /// <summary>All four checks in a row, as an audit runs them.</summary>
    /// <returns>Findings reported.</returns>
    [Benchmark]
    public async Task<int> All() =>
        await Discrimination() + await OperatingPoint() + await Calibration() + await Fairness();

    private async Task<int> Run(AuditCheck check, RegistrationInfo? registered = null)
    {
        var context = new BenchmarkCheckContext(data, registered ?? registration, predictions, check.Rules, Seed);
        await check.RunAsync(context, CancellationToken.None);
        return context.Findings;
    }
}
