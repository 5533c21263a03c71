using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.DataQuality.Tests;

public sealed class ClassImbalanceCheckTests
{
    private const double NaN = double.NaN;

    // 19 "no" and 1 "yes": the minority share is 1/20 = 0.05.
    private static TabularData RareYes() => Table(Categorical("outcome", [.. Enumerable.Repeat("no", 19), "yes"]));

    [Fact]
    public Task Reports_class_rarer_than_the_default_minimum() =>
        CheckVerifier<ClassImbalanceCheck>.VerifyAsync(new CheckTest
        {
            Data = RareYes(),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "outcome" },
            ExpectedFindings = [ExpectedFinding.Of("XAI6004").At("outcome").InGroup("label=yes").WithSeverity(Severity.Warning).WithArguments("yes", 0.05, 1, 20, 0.1)],
        });

    [Fact]
    public async Task Measures_class_share_per_class_and_the_minority_share()
    {
        var report = await CheckVerifier<ClassImbalanceCheck>.RunAsync(new CheckTest { Data = RareYes(), Registration = CheckTest.DefaultRegistration with { LabelColumn = "outcome" } });

        Assert.Equal(0.95, report.Value("class_share", "label=no"));
        Assert.Equal(0.05, report.Value("class_share", "label=yes"));
        Assert.Equal(0.05, report.Value("minority_share"));
    }

    [Fact]
    public async Task Evidence_has_a_bar_chart_of_class_counts()
    {
        var report = await CheckVerifier<ClassImbalanceCheck>.RunAsync(new CheckTest { Data = RareYes(), Registration = CheckTest.DefaultRegistration with { LabelColumn = "outcome" } });

        var chart = Assert.Single(Assert.Single(report.Findings).Evidence.Charts!);
        Assert.Equal(ChartKind.Bar, chart.Kind);
        Assert.Equal(["no", "yes"], chart.Categories);
        Assert.Equal([19.0, 1.0], Assert.Single(chart.Series).Y);
    }

    [Fact]
    public Task Share_equal_to_the_default_minimum_is_not_reported() =>
        // 1 of 10 = 0.1, which is not below 0.1.
        CheckVerifier<ClassImbalanceCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", 1, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
        });

    [Theory]
    [InlineData(0.25, false)]
    [InlineData(0.26, true)]
    public Task Configured_minimum_is_exclusive(double minShare, bool reported) =>
        // 1 of 4 = 0.25.
        CheckVerifier<ClassImbalanceCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", 1, 0, 0, 0)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
            Configuration = Configure.Option("XAI6004", "min_minority_share", minShare),
            ExpectedFindings = reported ? [ExpectedFinding.Of("XAI6004").InGroup("label=1").WithArguments("1", 0.25, 1, 4, minShare)] : [],
        });

    [Fact]
    public async Task Missing_labels_are_left_out()
    {
        // Labelled rows: 1, 0, 0, 0, 0 (two NaN dropped): share of 1 is 1/5 = 0.2.
        var report = await CheckVerifier<ClassImbalanceCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", 1, NaN, 0, 0, NaN, 0, 0)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
        });

        Assert.Equal(0.2, report.Value("class_share", "label=1"));
        Assert.Equal(0.8, report.Value("class_share", "label=0"));
    }

    [Fact]
    public Task Boolean_label_with_one_observed_value_reports_the_absent_class() =>
        CheckVerifier<ClassImbalanceCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Boolean("sepsis", true, true, true)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "sepsis" },
            ExpectedFindings = [ExpectedFinding.Of("XAI6004").InGroup("label=false").WithArguments("false", 0.0, 0, 3, 0.1)],
        });

    [Fact]
    public Task Every_rare_class_of_a_multiclass_label_is_reported() =>
        // 18 "a", 1 "b", 1 "c": b and c each 1/20 = 0.05.
        CheckVerifier<ClassImbalanceCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Categorical("stage", [.. Enumerable.Repeat("a", 18), "b", "c"])),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "stage" },
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI6004").InGroup("label=b").WithArguments("b", 0.05, 1, 20, 0.1),
                ExpectedFinding.Of("XAI6004").InGroup("label=c").WithArguments("c", 0.05, 1, 20, 0.1),
            ],
        });

    [Fact]
    public async Task Numeric_label_with_more_values_than_max_classes_is_skipped_with_the_reason()
    {
        // 21 distinct values > 20: taken as continuous.
        var report = await CheckVerifier<ClassImbalanceCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("los", [.. Enumerable.Range(0, 21).Select(i => (double)i)])),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "los" },
            ExpectedFindings = [ExpectedFinding.Of("XAI0004").WithMessage("Check 'ClassImbalanceCheck' was skipped: numeric label column 'los' has 21 distinct values, more than max_classes, so it is taken as continuous")],
        });

        Assert.Empty(report.Measurements);
    }

    [Fact]
    public async Task Label_of_a_regression_model_is_skipped_with_the_reason()
    {
        var model = new DelegateModel([new ModelFeature("age", ColumnKind.Numeric)], row => row[0], ModelTask.Regression);
        var report = await CheckVerifier<ClassImbalanceCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("age", 1, 2, 3, 4), Numeric("y", 1, 0, 0, 0)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
            Model = model,
            ExpectedFindings = [ExpectedFinding.Of("XAI0004").WithMessage("Check 'ClassImbalanceCheck' was skipped: the label of a regression model has no classes to balance")],
        });

        Assert.Empty(report.Measurements);
    }

    [Fact]
    public Task Check_is_skipped_without_a_label() =>
        CheckVerifier<ClassImbalanceCheck>.VerifyAsync(new CheckTest
        {
            Data = RareYes(),
            ExpectedFindings = [ExpectedFinding.Of("XAI0004").WithArguments("ClassImbalanceCheck", "it needs a label column")],
        });

    [Fact]
    public Task Severity_none_drops_the_finding() =>
        CheckVerifier<ClassImbalanceCheck>.VerifyAsync(new CheckTest
        {
            Data = RareYes(),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "outcome" },
            Configuration = Configure.Severity("XAI6004", Severity.None),
        });

    [Fact]
    public Task Suppression_by_group_marks_the_finding_suppressed() =>
        CheckVerifier<ClassImbalanceCheck>.VerifyAsync(new CheckTest
        {
            Data = RareYes(),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "outcome" },
            Configuration = Configure.Suppress("XAI6004", group: "label=yes"),
            ExpectedFindings = [ExpectedFinding.Of("XAI6004").InGroup("label=yes").AsSuppressed()],
        });
}
