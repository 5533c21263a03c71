using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.DataQuality.Tests;

public sealed class MissingValuesCheckTests
{
    private const double NaN = double.NaN;

    // crp: 3 of 8 missing = 0.375; age: none missing.
    private static TabularData EightRows() => Table(
        Numeric("crp", 1, NaN, 3, NaN, 5, 6, NaN, 8),
        Numeric("age", 50, 61, 72, 43, 54, 65, 76, 87));

    [Fact]
    public Task Reports_column_missing_more_than_the_default_rate() =>
        CheckVerifier<MissingValuesCheck>.VerifyAsync(new CheckTest
        {
            Data = EightRows(),
            ExpectedFindings = [ExpectedFinding.Of("XAI6001").At("crp").WithSeverity(Severity.Warning).WithArguments("crp", 0.375, 3, 8, 0.2)],
        });

    [Fact]
    public Task Message_shows_rates_as_invariant_percentages() =>
        CheckVerifier<MissingValuesCheck>.VerifyAsync(new CheckTest
        {
            Data = EightRows(),
            ExpectedFindings = [ExpectedFinding.Of("XAI6001").WithMessage("Column 'crp' is missing in 37.5 % of rows (3 of 8), above the tolerated 20.0 %")],
        });

    [Fact]
    public async Task Measures_missing_rate_and_count_for_every_column()
    {
        var report = await CheckVerifier<MissingValuesCheck>.RunAsync(new CheckTest { Data = EightRows() });

        Assert.Equal(0.375, report.Value("missing_rate", "crp"));
        Assert.Equal(3, report.Value("missing_count", "crp"));
        Assert.Equal(0, report.Value("missing_rate", "age"));
        Assert.Equal(0, report.Value("missing_count", "age"));
    }

    [Fact]
    public async Task Finding_names_the_first_missing_rows_and_the_threshold()
    {
        var report = await CheckVerifier<MissingValuesCheck>.RunAsync(new CheckTest { Data = EightRows() });

        var finding = Assert.Single(report.Findings);
        Assert.Equal([1, 3, 6], finding.Location.Rows);
        var metric = finding.Evidence.Metrics!.Single(m => m.Name == "missing_rate");
        Assert.Equal(0.375, metric.Value);
        Assert.Equal(0.2, metric.Threshold);
    }

    [Fact]
    public Task Rate_equal_to_the_default_threshold_is_not_reported() =>
        // 2 of 10 = 0.2, which is not above 0.2.
        CheckVerifier<MissingValuesCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("crp", 1, NaN, 3, 4, 5, NaN, 7, 8, 9, 10)),
        });

    [Fact]
    public Task Rate_one_row_above_the_default_threshold_is_reported() =>
        // 3 of 10 = 0.3 > 0.2.
        CheckVerifier<MissingValuesCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("crp", 1, NaN, 3, 4, 5, NaN, 7, NaN, 9, 10)),
            ExpectedFindings = [ExpectedFinding.Of("XAI6001").At("crp").WithArguments("crp", 0.3, 3, 10, 0.2)],
        });

    [Theory]
    [InlineData(0.375, false)]
    [InlineData(0.374, true)]
    [InlineData(0.5, false)]
    public async Task Configured_threshold_is_exclusive(double maxRate, bool reported)
    {
        var test = new CheckTest
        {
            Data = EightRows(),
            Configuration = Configure.Option("XAI6001", "max_missing_rate", maxRate),
            ExpectedFindings = reported ? [ExpectedFinding.Of("XAI6001").At("crp").WithArguments("crp", 0.375, 3, 8, maxRate)] : [],
        };

        await CheckVerifier<MissingValuesCheck>.VerifyAsync(test);
    }

    [Fact]
    public Task Severity_none_drops_the_finding() =>
        CheckVerifier<MissingValuesCheck>.VerifyAsync(new CheckTest
        {
            Data = EightRows(),
            Configuration = Configure.Severity("XAI6001", Severity.None),
        });

    [Fact]
    public Task Severity_override_changes_the_reported_severity() =>
        CheckVerifier<MissingValuesCheck>.VerifyAsync(new CheckTest
        {
            Data = EightRows(),
            Configuration = Configure.Severity("XAI6001", Severity.Error),
            ExpectedFindings = [ExpectedFinding.Of("XAI6001").At("crp").WithSeverity(Severity.Error)],
        });

    [Fact]
    public Task Suppression_marks_the_finding_suppressed() =>
        CheckVerifier<MissingValuesCheck>.VerifyAsync(new CheckTest
        {
            Data = EightRows(),
            Configuration = Configure.Suppress("XAI6001", column: "crp"),
            ExpectedFindings = [ExpectedFinding.Of("XAI6001").At("crp").AsSuppressed()],
        });

    [Fact]
    public Task Counts_missing_categorical_and_boolean_values() =>
        // site: 2 of 4 = 0.5; smoker: 1 of 4 = 0.25; both above 0.2.
        CheckVerifier<MissingValuesCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(
                Categorical("site", "A", null, "B", null),
                Boolean("smoker", true, false, null, true)),
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI6001").At("site").WithArguments("site", 0.5, 2, 4, 0.2),
                ExpectedFinding.Of("XAI6001").At("smoker").WithArguments("smoker", 0.25, 1, 4, 0.2),
            ],
        });

    [Fact]
    public async Task Empty_dataset_is_skipped_with_the_reason()
    {
        var report = await CheckVerifier<MissingValuesCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("crp")),
            ExpectedFindings = [ExpectedFinding.Of("XAI0004").WithMessage("Check 'MissingValuesCheck' was skipped: the evaluation data has no rows")],
        });

        Assert.Empty(report.Measurements);
    }
}
