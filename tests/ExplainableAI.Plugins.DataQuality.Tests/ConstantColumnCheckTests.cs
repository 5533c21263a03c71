using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.DataQuality.Tests;

public sealed class ConstantColumnCheckTests
{
    private const double NaN = double.NaN;

    [Fact]
    public Task Reports_column_with_a_single_distinct_value() =>
        CheckVerifier<ConstantColumnCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(
                Categorical("site", "A", "A", "A", "A"),
                Numeric("age", 50, 61, 72, 43)),
            ExpectedFindings = [ExpectedFinding.Of("XAI6002").At("site").WithSeverity(Severity.Warning).WithArguments("site", "A", 1.0, 4, 0.99)],
        });

    [Fact]
    public async Task Dominant_share_at_the_default_threshold_is_reported()
    {
        // 99 of 100 rows are 0: share 0.99, which is at least 0.99.
        var values = new double[100];
        values[42] = 7;
        var report = await CheckVerifier<ConstantColumnCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("flag", values)),
            ExpectedFindings = [ExpectedFinding.Of("XAI6002").At("flag").WithArguments("flag", "0", 0.99, 100, 0.99)],
        });

        Assert.Equal(0.99, report.Value("dominant_share", "flag"));
    }

    [Fact]
    public Task Dominant_share_just_below_the_default_threshold_is_not_reported()
    {
        // 98 of 100 = 0.98 < 0.99.
        var values = new double[100];
        values[1] = 1;
        values[2] = 2;
        return CheckVerifier<ConstantColumnCheck>.VerifyAsync(new CheckTest { Data = Table(Numeric("flag", values)) });
    }

    [Theory]
    [InlineData(0.75, true)]
    [InlineData(0.76, false)]
    public Task Configured_threshold_is_inclusive(double threshold, bool reported) =>
        // 'B' covers 3 of 4 rows = 0.75.
        CheckVerifier<ConstantColumnCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Categorical("ward", "A", "B", "B", "B")),
            Configuration = Configure.Option("XAI6002", "max_dominant_share", threshold),
            ExpectedFindings = reported ? [ExpectedFinding.Of("XAI6002").At("ward").WithArguments("ward", "B", 0.75, 4, threshold)] : [],
        });

    [Fact]
    public async Task Missing_values_are_left_out_of_the_share()
    {
        // Non-missing values 5, 5, 5 and 2: share 3/4 = 0.75, not 3/6.
        var report = await CheckVerifier<ConstantColumnCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("crp", 5, NaN, 5, 2, NaN, 5)),
        });

        Assert.Equal(0.75, report.Value("dominant_share", "crp"));
    }

    [Fact]
    public Task Column_constant_apart_from_missing_values_is_reported() =>
        CheckVerifier<ConstantColumnCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("crp", 1.5, 1.5, NaN, 1.5, NaN)),
            ExpectedFindings = [ExpectedFinding.Of("XAI6002").At("crp").WithArguments("crp", "1.5", 1.0, 3, 0.99)],
        });

    [Fact]
    public async Task Column_without_values_is_neither_measured_nor_reported()
    {
        var report = await CheckVerifier<ConstantColumnCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("crp", NaN, NaN), Numeric("age", 1, 2)),
        });

        Assert.Equal(["age"], report.Subjects("dominant_share"));
    }

    [Fact]
    public Task Negative_zero_and_zero_are_one_value() =>
        CheckVerifier<ConstantColumnCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("delta", 0.0, -0.0, 0.0)),
            ExpectedFindings = [ExpectedFinding.Of("XAI6002").At("delta").WithArguments("delta", "0", 1.0, 3, 0.99)],
        });

    [Fact]
    public async Task Boolean_column_share_uses_level_names()
    {
        // true in 2 of 3 = 0.666...; configured threshold 0.6 reports it by its level name.
        var report = await CheckVerifier<ConstantColumnCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Boolean("smoker", true, false, true)),
            Configuration = Configure.Option("XAI6002", "max_dominant_share", 0.6),
            ExpectedFindings = [ExpectedFinding.Of("XAI6002").At("smoker").WithArguments("smoker", "true", 2.0 / 3, 3, 0.6)],
        });

        Assert.Equal(2.0 / 3, report.Value("dominant_share", "smoker"));
    }

    [Fact]
    public Task Severity_none_drops_the_finding() =>
        CheckVerifier<ConstantColumnCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Categorical("site", "A", "A")),
            Configuration = Configure.Severity("XAI6002", Severity.None),
        });

    [Fact]
    public Task Suppression_marks_the_finding_suppressed() =>
        CheckVerifier<ConstantColumnCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Categorical("site", "A", "A"), Categorical("unit", "icu", "icu")),
            Configuration = Configure.Suppress("XAI6002", column: "site"),
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI6002").At("site").AsSuppressed(),
                ExpectedFinding.Of("XAI6002").At("unit").WithArguments("unit", "icu", 1.0, 2, 0.99),
            ],
        });
}
