using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class NoiseCheckTests
{
    // Reference x = 0..10: mean 5, sample sd = sqrt(110 / 10) = sqrt(11).
    private static readonly TabularData Reference = Table(Numeric("x", [.. Enumerable.Range(0, 11).Select(i => (double)i)]));

    [Fact]
    public async Task Rows_far_from_the_threshold_never_flip_and_the_profile_is_always_reported()
    {
        // Scores 0 and 1 are 5 units (1.5 sd) from the flip point x = 5; the largest noise is 0.1 sd, so a flip would need
        // a 15-sigma draw. Score changes are x-noise / 10, so nothing else is asserted exactly.
        var data = Table(Numeric("x", [.. Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? 0.0 : 10.0)]));
        var report = await CheckVerifier<NoiseCheck>.VerifyAsync(new CheckTest
        {
            Data = data,
            Reference = Reference,
            Model = Models.Linear(),
            ExpectedFindings = [ExpectedFinding.Of("XAI4002").WithSeverity(Severity.Info).WithArguments("1 %, 5 %, 10 %", "0.0 %, 0.0 %, 0.0 %")],
        });

        Assert.Equal(0, report.Value("flip_rate", "noise=0.01"));
        Assert.Equal(0, report.Value("flip_rate", "noise=0.1"));
        var chart = Assert.Single(report.Findings.Single().Evidence.Charts!);
        Assert.Equal(ChartKind.Line, chart.Kind);
        Assert.Equal([1.0, 5.0, 10.0], chart.Series[0].X);
    }

    [Fact]
    public async Task Mean_absolute_score_change_matches_the_half_normal_mean()
    {
        // Score = x / 10 with x + N(0, (level·sd)²): E|Δscore| = level · sd · sqrt(2/π) / 10. For level 0.1 and sd = sqrt(11)
        // that is 0.02646; with 4000 rows the standard error of the mean is about 0.0003.
        var data = Table(Numeric("x", [.. Enumerable.Range(0, 4000).Select(i => i % 2 == 0 ? 0.0 : 10.0)]));
        var report = await CheckVerifier<NoiseCheck>.RunAsync(new CheckTest { Data = data, Reference = Reference, Model = Models.Linear() });

        var expected = 0.1 * Math.Sqrt(11) * Math.Sqrt(2 / Math.PI) / 10;
        Assert.Equal(expected, report.Value("mean_abs_score_change", "noise=0.1"), 0.0015);
    }

    [Fact]
    public async Task Rows_on_the_threshold_flip_half_the_time_and_are_reported()
    {
        // Every row scores exactly 0.5 (x = 5): any negative noise turns the decision negative, so about half flip.
        var data = Table(Numeric("x", [.. Enumerable.Repeat(5.0, 400)]));
        var report = await CheckVerifier<NoiseCheck>.VerifyAsync(new CheckTest
        {
            Data = data,
            Reference = Reference,
            Model = Models.Linear(),
            ExpectedFindings = [ExpectedFinding.Of("XAI4001").WithSeverity(Severity.Warning), ExpectedFinding.Of("XAI4002")],
        });

        Assert.InRange(report.Value("flip_rate", "noise=0.01"), 0.4, 0.6);
    }

    [Fact]
    public async Task A_model_that_ignores_its_input_loses_no_auroc_and_its_interval_is_zero()
    {
        var x = Enumerable.Range(0, 50).Select(i => (double)i).ToArray();
        var y = x.Select(v => v % 3 == 0 ? 1.0 : 0.0).ToArray();
        var model = new DelegateModel([Models.Number("x"), new ModelFeature("ward", ColumnKind.Categorical)], _ => 0.3);
        var report = await CheckVerifier<NoiseCheck>.RunAsync(new CheckTest
        {
            Data = Table(Numeric("x", x), Categorical("ward", [.. x.Select(v => v % 2 == 0 ? "A" : "B")]), Numeric("y", y)),
            Model = model,
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
        });

        var drop = report.Get("auroc_drop", "noise=0.05");
        Assert.Equal(0, drop.Value);
        Assert.Equal(0, drop.Lower);
        Assert.Equal(0, drop.Upper);
    }

    [Fact]
    public async Task Categorical_values_switch_at_the_noise_rate()
    {
        // Score = 1 for ward A, else 0: a row flips exactly when its ward switches, with probability equal to the level.
        var model = new DelegateModel([new ModelFeature("ward", ColumnKind.Categorical)], row => row[0] == 0 ? 1 : 0);
        var data = Table(Categorical("ward", [.. Enumerable.Range(0, 4000).Select(i => i % 2 == 0 ? "A" : "B")]));
        var report = await CheckVerifier<NoiseCheck>.RunAsync(new CheckTest { Data = data, Model = model });

        // Binomial(4000, 0.1): sd of the rate 0.0047.
        Assert.Equal(0.1, report.Value("flip_rate", "noise=0.1"), 0.02);
        Assert.Equal(0.01, report.Value("flip_rate", "noise=0.01"), 0.006);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_measurements()
    {
        var data = Table(Numeric("x", [.. Enumerable.Range(0, 300).Select(i => 4.9 + (i % 3 * 0.1))]));
        var test = new CheckTest { Data = data, Reference = Reference, Model = Models.Linear() };
        var first = await CheckVerifier<NoiseCheck>.RunAsync(test);
        var second = await CheckVerifier<NoiseCheck>.RunAsync(test);

        Assert.Equal(first.Measurements, second.Measurements);
    }
}
