using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class OutOfRangeCheckTests
{
    // Reference x from 0 to 10: range 10, so the probes are x = -10 and x = 20 (k = 1).
    private static readonly Testing.CheckTest Base = new() { Data = Table(Numeric("x", 0, 4, 6, 10)) };

    [Fact]
    public async Task A_bounded_model_passes()
    {
        var report = await CheckVerifier<OutOfRangeCheck>.VerifyAsync(Base with { Model = Models.Of(r => 1 / (1 + Math.Exp(-r[0])), "x") });

        Assert.Equal(0, report.Value("invalid_output_rate", "x:low"));
        Assert.Equal(0, report.Value("invalid_output_rate", "x:high"));
    }

    [Fact]
    public Task An_unclipped_linear_score_leaves_the_unit_interval_on_both_sides() =>
        // x / 10 at -10 is -1 and at 20 is 2.
        CheckVerifier<OutOfRangeCheck>.VerifyAsync(Base with
        {
            Model = Models.Linear(),
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI4006").At("x").WithArguments("x", "-10", "returns NaN or infinity for 0 and a probability outside [0, 1] for 4 of 4 rows"),
                ExpectedFinding.Of("XAI4006").At("x").WithArguments("x", "20", "returns NaN or infinity for 0 and a probability outside [0, 1] for 4 of 4 rows"),
            ],
        });

    [Fact]
    public Task A_model_that_throws_or_answers_infinity_is_reported_and_the_multiple_is_an_option() =>
        // k = 0.5: probes at -5 and 15.
        CheckVerifier<OutOfRangeCheck>.VerifyAsync(Base with
        {
            Model = Models.Of(r => r[0] > 12 ? throw new InvalidOperationException("value too large") : r[0] < 0 ? double.PositiveInfinity : 0.5, "x"),
            Configuration = Configure.Options("XAI4006", ("range_multiple", 0.5)),
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI4006").At("x").WithArguments("x", "-5", "returns NaN or infinity for 4 and a probability outside [0, 1] for 0 of 4 rows"),
                ExpectedFinding.Of("XAI4006").At("x").WithArguments("x", "15", "throws InvalidOperationException: value too large"),
            ],
        });

    [Fact]
    public async Task Declared_physiological_limits_are_probed_beyond()
    {
        // Declared 0..20: span 20, so the limit probes are x = -20 and x = 40 (k = 1); the reference probes -10 and 20
        // stay. The model answers NaN above 30 only, so just the probe beyond the declared maximum fails.
        var report = await CheckVerifier<OutOfRangeCheck>.VerifyAsync(Base with
        {
            Model = Models.Of(r => r[0] > 30 ? double.NaN : 1 / (1 + Math.Exp(-r[0])), "x"),
            Registration = Base.Registration with
            {
                Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["x"] = new(Minimum: 0, Maximum: 20) },
            },
            ExpectedFindings = [ExpectedFinding.Of("XAI4006").At("x").WithArguments("x", "40", "returns NaN or infinity for 4 and a probability outside [0, 1] for 0 of 4 rows")],
        });

        Assert.Equal(0, report.Value("invalid_output_rate", "x:below_limit"));
        Assert.Equal(1, report.Value("invalid_output_rate", "x:above_limit"));
        Assert.Equal(0, report.Value("invalid_output_rate", "x:high"));
    }

    [Fact]
    public async Task A_single_declared_limit_is_probed_one_reference_range_beyond()
    {
        // Only min -5 declared (below the reference minimum): the span is the reference range, 10, so the probe is
        // x = -15, beyond the reference probe at -10; no above_limit probe. The model rejects values below -12.
        var report = await CheckVerifier<OutOfRangeCheck>.VerifyAsync(Base with
        {
            Model = Models.Of(r => r[0] < -12 ? throw new ArgumentOutOfRangeException("x", "below 0") : 0.5, "x"),
            Registration = Base.Registration with { Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["x"] = new(Minimum: -5) } },
            ExpectedFindings = [ExpectedFinding.Of("XAI4006").At("x").WithArguments("x", "-15", "throws ArgumentOutOfRangeException: below 0 (Parameter 'x')")],
        });

        Assert.Equal(1, report.Value("invalid_output_rate", "x:below_limit"));
        Assert.DoesNotContain(report.Measurements, m => m.Subject == "x:above_limit");
    }

    [Fact]
    public async Task Every_probe_publishes_the_score_change_and_the_auroc_drop_with_its_interval()
    {
        // sigmoid(x - 5) ranks the labels 0, 0, 1, 1 perfectly (AUROC 1). At x = -10 every row scores sigmoid(-15): all
        // tied, AUROC 0.5, so the drop is exactly 0.5; every resample keeps that (ties) whenever it holds both classes.
        static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
        var report = await CheckVerifier<OutOfRangeCheck>.VerifyAsync(new Testing.CheckTest
        {
            Data = Table(Numeric("x", 0, 4, 6, 10), Numeric("y", 0, 0, 1, 1)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y", PositiveClass = "1" },
            Model = Models.Of(r => Sigmoid(r[0] - 5), "x"),
        });

        var expectedChange = new[] { 0.0, 4, 6, 10 }.Average(x => Math.Abs(Sigmoid(x - 5) - Sigmoid(-15)));
        Assert.Equal(expectedChange, report.Value("mean_abs_score_change", "x:low"), 12);
        var drop = Assert.Single(report.Measurements, m => m.Name == "auroc_drop" && m.Subject == "x:low");
        Assert.Equal(0.5, drop.Value, 12);
        Assert.NotNull(drop.Lower);
        Assert.NotNull(drop.Upper);
        Assert.InRange(drop.Value, drop.Lower!.Value - 1e-12, drop.Upper!.Value + 1e-12);
    }
}
