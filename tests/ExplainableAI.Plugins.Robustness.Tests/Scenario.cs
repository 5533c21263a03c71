using ExplainableAI.Core;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

/// <summary>
/// One cohort and model on which every check of the plugin reports every rule, so that tests can look at everything the
/// plugin writes: a labelled cohort with sensitive groups (one too small to show), a declared unit, a declared monotone
/// direction and limits, an irrelevant site code, and a model that throws on a missing <c>wbc</c>, answers NaN on a
/// missing <c>glucose</c>, leaves [0, 1] for an impossible lactate, throws on an impossible temperature, dips in lactate
/// and oscillates in creatinine.
/// </summary>
internal static class Scenario
{
    private const int Count = 240;

    private static readonly Lazy<Task<IReadOnlyList<AuditResult>>> Runs = new(RunAllAsync);

    /// <summary>The levels of the categorical columns, which are data and never translated.</summary>
    public static IReadOnlyList<string> Levels { get; } = ["Site A", "Site B", "Site C", "F", "M", "X"];

    /// <summary>The model: features lactate, creatinine, glucose, temperature, wbc, age, site (a level index).</summary>
    public static DelegateModel Model { get; } = new(
        [.. new[] { "lactate", "creatinine", "glucose", "temperature", "wbc", "age" }.Select(Models.Number), new ModelFeature("site", ColumnKind.Categorical)],
        row => Score(row.ToArray()));

    /// <summary>The cohort.</summary>
    public static TabularData Data { get; } = Build();

    /// <summary>One report per check of the plugin.</summary>
    public static Task<IReadOnlyList<AuditResult>> ReportsAsync() => Runs.Value;

    private static TabularData Build()
    {
        var random = new Random(7);
        double Uniform(double low, double high) => low + ((high - low) * random.NextDouble());
        var lactate = new double[Count];
        var creatinine = new double[Count];
        var glucose = new double[Count];
        var temperature = new double[Count];
        var wbc = new double[Count];
        var age = new double[Count];
        var site = new string[Count];
        var sex = new string[Count];
        var y = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            lactate[i] = Math.Round(Uniform(0.5, 8), 1);
            creatinine[i] = Math.Round(Uniform(0.4, 4), 2);
            glucose[i] = Math.Round(Uniform(60, 300));
            temperature[i] = Math.Round(Uniform(35, 40), 1);
            wbc[i] = Math.Round(Uniform(3, 20), 1);
            age[i] = Math.Round(Uniform(18, 95));
            site[i] = Levels[i % 3];
            sex[i] = i < 2 ? "X" : i % 2 == 0 ? "F" : "M";
        }

        var data = Table(
            Numeric("lactate", lactate),
            Numeric("creatinine", creatinine),
            Numeric("glucose", glucose),
            Numeric("temperature", temperature),
            Numeric("wbc", wbc),
            Numeric("age", age),
            Categorical("site", site),
            Categorical("sex", sex));
        var features = Model.Features.Select(f => data.Columns.Single(c => c.Name == f.Name).Values.ToArray()).ToArray();
        for (var i = 0; i < Count; i++)
        {
            y[i] = random.NextDouble() < Score([.. features.Select(f => f[i])]) ? 1 : 0;
        }

        return Table([.. data.Columns, Numeric("y", y)]);
    }

    private static double Score(double[] row)
    {
        var (lactate, creatinine, glucose, temperature, wbc, age, site) = (row[0], row[1], row[2], row[3], row[4], row[5], row[6]);
        if (double.IsNaN(wbc))
        {
            throw new InvalidOperationException("wbc is required");
        }

        if (temperature > 45)
        {
            throw new ArgumentOutOfRangeException(nameof(row), "temperature above 45");
        }

        if (lactate > 12)
        {
            return 1.5;
        }

        var l = double.IsNaN(lactate) ? 0 : lactate;
        var a = double.IsNaN(age) ? 0 : age;
        var c = double.IsNaN(creatinine) ? 1 : creatinine;
        var t = double.IsNaN(temperature) ? 37 : temperature;
        var z = (0.9 * (l - 3)) - (1.2 * Math.Exp(-4 * (l - 4) * (l - 4))) + (1.5 * Math.Sin(3 * c)) + (0.01 * (glucose - 150))
            + (0.6 * (t - 37.5)) + (0.03 * (a - 55)) + (0.1 * (wbc - 10)) + (site == 1 ? 0.5 : 0);
        return 1 / (1 + Math.Exp(-z));
    }

    private static async Task<IReadOnlyList<AuditResult>> RunAllAsync()
    {
        var test = new CheckTest
        {
            Data = Data,
            Model = Model,
            Registration = CheckTest.DefaultRegistration with
            {
                LabelColumn = "y",
                SensitiveAttributes = ["sex", "age"],
                Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal)
                {
                    ["creatinine"] = new(Unit: "mg/dL"),
                    ["temperature"] = new(Unit: "degC"),
                    ["lactate"] = new(Monotone: Monotonicity.Increasing, Minimum: 0, Maximum: 30),
                    ["site"] = new(Irrelevant: true),
                },
            },
        };
        // Limits that make every rule fire; each check gets only its own rules' options (others are a configuration error).
        return
        [
            await CheckVerifier<NoiseCheck>.RunAsync(test with { Configuration = Configure.Options("XAI4001", ("max_flip_rate", 0), ("level_low", 0.05), ("bootstrap_samples", 50)) }),
            await CheckVerifier<MissingInputCheck>.RunAsync(test with { Configuration = Configure.Options("XAI4004", ("max_flip_rate", 0), ("bootstrap_samples", 50)) }),
            await CheckVerifier<UnitErrorCheck>.RunAsync(test with { Configuration = Configure.Options("XAI4005", ("max_flip_rate", 0), ("bootstrap_samples", 50)) }),
            await CheckVerifier<OutOfRangeCheck>.RunAsync(test with { Configuration = Configure.Options("XAI4006", ("bootstrap_samples", 50)) }),
            await CheckVerifier<MonotonicityCheck>.RunAsync(test with { Configuration = Configure.Options("XAI4007", ("max_violation_rate", 0), ("sample_size", 60)) }),
            await CheckVerifier<MinimalFlipCheck>.RunAsync(test with { Configuration = Configure.Options("XAI4008", ("min_median_flip_distance", 100), ("sample_size", 30)) }),
            await CheckVerifier<InvarianceCheck>.RunAsync(test with { Configuration = Configure.Options("XAI4009", ("tolerance", 0)) }),
        ];
    }
}
