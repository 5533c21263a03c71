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
}
