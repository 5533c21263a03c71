using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using ExplainableAI.Tests.Shared;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.DataQuality.Tests;

public sealed class SingleFeatureLeakageCheckTests
{
    private const double NaN = double.NaN;
    private static readonly double[] Y = [0, 0, 0, 1, 1, 1];

    [Fact]
    public Task Reports_numeric_feature_that_ranks_the_label_perfectly_as_an_error() =>
        // leak separates the classes: AUROC 9/9 = 1. noise: brute force over the 9 pairs gives 4.5/9 = 0.5.
        CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", Y), Numeric("leak", 1, 2, 3, 4, 5, 6), Numeric("noise", 3, 1, 2, 2, 1, 3)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
            ExpectedFindings = [ExpectedFinding.Of("XAI6005").At("leak").WithSeverity(Severity.Error).WithArguments("leak", "1", 1.0, 0.95, "evaluation")],
        });

    [Fact]
    public async Task Measured_auroc_matches_brute_force_over_all_pairs_with_ties()
    {
        double[] f = [1, 2, 2, 3, 1, 2, 3, 3];
        double[] y = [0, 0, 1, 1, 0, 1, 0, 1];
        var report = await CheckVerifier<SingleFeatureLeakageCheck>.RunAsync(new CheckTest { Data = Table(Numeric("y", y), Numeric("f", f)), Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" } });

        // Positives score 2, 3, 2, 3; negatives 1, 2, 1, 3. Each 2 wins 2 and ties 1 (2.5), each 3 wins 3 and ties 1 (3.5): 12/16.
        var expected = BruteForce.Auroc(f, [.. y.Select(v => v == 1)]);
        Assert.Equal(0.75, expected);
        Assert.Equal(expected, report.Value("single_feature_auroc", "f"));
    }

    [Fact]
    public Task Feature_that_ranks_the_label_backwards_counts_too() =>
        // AUC of the negated feature is 0, so max(AUC, 1 - AUC) = 1.
        CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", Y), Numeric("leak", -1, -2, -3, -4, -5, -6)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
            ExpectedFindings = [ExpectedFinding.Of("XAI6005").At("leak").WithArguments("leak", "1", 1.0, 0.95, "evaluation")],
        });

    [Theory]
    [InlineData(0, true)]
    [InlineData(1e-9, false)]
    public Task Configured_threshold_is_inclusive(double above, bool reported)
    {
        // Positives 3, 5, 6 against negatives 1, 2, 4: 2 + 3 + 3 = 8 of 9 pairs.
        var auroc = 8.0 / 9;
        return CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", Y), Numeric("f", 1, 2, 4, 3, 5, 6)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
            Configuration = Configure.Option("XAI6005", "max_single_feature_auroc", auroc + above),
            ExpectedFindings = reported ? [ExpectedFinding.Of("XAI6005").At("f").WithArguments("f", "1", auroc, auroc, "evaluation")] : [],
        });
    }

    [Fact]
    public async Task Categorical_feature_scores_each_level_by_its_positive_rate()
    {
        // ward A: 2 positives; B: 1 positive, 1 negative; C: 2 negatives. Rates 1, 0.5, 0 as scores:
        // brute force over the 9 pairs gives 8.5/9.
        string[] ward = ["A", "A", "B", "B", "C", "C"];
        double[] y = [1, 1, 1, 0, 0, 0];
        var rate = new Dictionary<string, double> { ["A"] = 1, ["B"] = 0.5, ["C"] = 0 };
        var expected = BruteForce.Auroc([.. ward.Select(w => rate[w])], [.. y.Select(v => v == 1)]);
        Assert.Equal(8.5 / 9, expected);

        var report = await CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", y), Categorical("ward", ward)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
            Configuration = Configure.Option("XAI6005", "max_single_feature_auroc", 0.9),
            ExpectedFindings = [ExpectedFinding.Of("XAI6005").At("ward").WithArguments("ward", "1", expected, 0.9, "evaluation")],
        });

        Assert.Equal(expected, report.Value("single_feature_auroc", "ward"));
    }

    [Fact]
    public Task Boolean_feature_is_its_own_score() =>
        CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", 0, 0, 1, 1), Boolean("antibiotics", false, false, true, true)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
            ExpectedFindings = [ExpectedFinding.Of("XAI6005").At("antibiotics").WithArguments("antibiotics", "1", 1.0, 0.95, "evaluation")],
        });

    [Fact]
    public async Task Rows_with_missing_feature_or_label_are_left_out()
    {
        // Used rows: (1, 0), (2, 0), (3, 1), (4, 1): AUROC 1. Without exclusion NaN would break the sort.
        var report = await CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", 0, 0, 0, 1, 1, 1, NaN), Numeric("f", 1, NaN, 2, 3, NaN, 4, 0)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
            ExpectedFindings = [ExpectedFinding.Of("XAI6005").At("f").WithArguments("f", "1", 1.0, 0.95, "evaluation")],
        });

        Assert.Equal(1.0, report.Value("single_feature_auroc", "f"));
    }

    [Fact]
    public async Task Label_and_score_columns_are_not_features()
    {
        var report = await CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", Y), Numeric("risk", 0.1, 0.2, 0.3, 0.7, 0.8, 0.9), Numeric("age", 50, 70, 60, 65, 55, 75)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y", ScoreColumn = "risk" },
        });

        Assert.Equal(["age"], report.Subjects("single_feature_auroc"));
    }

    [Fact]
    public async Task Label_that_is_not_binary_is_skipped_with_the_reason()
    {
        var report = await CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("stage", 0, 1, 2), Numeric("f", 0, 1, 2)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "stage" },
            ExpectedFindings = [ExpectedFinding.Of("XAI0004").WithMessage("Check 'SingleFeatureLeakageCheck' was skipped: label column 'stage' in the evaluation data does not have exactly two classes")],
        });

        Assert.Empty(report.Measurements);
    }

    [Fact]
    public Task Default_positive_class_of_text_labels_is_the_second_in_sorted_order() =>
        // Levels in file order are "yes", "no"; sorted, "yes" comes second.
        CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Categorical("death", "yes", "no", "no", "yes"), Numeric("dnr", 1, 0, 0, 1)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "death" },
            ExpectedFindings = [ExpectedFinding.Of("XAI6005").At("dnr").WithArguments("dnr", "yes", 1.0, 0.95, "evaluation")],
        });

    [Fact]
    public Task Registered_positive_class_names_the_positive_level() =>
        // Swapping the positive class leaves max(AUC, 1 - AUC) unchanged.
        CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Categorical("death", "yes", "no", "no", "yes"), Numeric("dnr", 1, 0, 0, 1)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "death", PositiveClass = "no" },
            ExpectedFindings = [ExpectedFinding.Of("XAI6005").At("dnr").WithArguments("dnr", "no", 1.0, 0.95, "evaluation")],
        });

    [Fact]
    public Task Registered_positive_class_matches_a_numeric_label_by_value() =>
        CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", 0, 0, 1, 1), Numeric("f", 1, 2, 3, 4)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y", PositiveClass = "1.0" },
            ExpectedFindings = [ExpectedFinding.Of("XAI6005").At("f").WithArguments("f", "1", 1.0, 0.95, "evaluation")],
        });

    [Fact]
    public Task Unknown_positive_class_fails_the_check_with_a_host_finding() =>
        CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", 0, 0, 1, 1), Numeric("f", 1, 2, 3, 4)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y", PositiveClass = "positive" },
            ExpectedFindings = [ExpectedFinding.Of("XAI0002").WithSeverity(Severity.Error)],
        });

    [Fact]
    public Task Severity_none_drops_the_finding() =>
        CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", Y), Numeric("leak", 1, 2, 3, 4, 5, 6)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
            Configuration = Configure.Severity("XAI6005", Severity.None),
        });

    [Fact]
    public Task Suppression_marks_the_finding_suppressed() =>
        CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("y", Y), Numeric("leak", 1, 2, 3, 4, 5, 6)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
            Configuration = Configure.Suppress("XAI6005", column: "leak"),
            ExpectedFindings = [ExpectedFinding.Of("XAI6005").At("leak").AsSuppressed()],
        });

    [Fact]
    public Task Leak_in_the_reference_data_alone_is_reported_naming_the_reference() =>
        CheckVerifier<SingleFeatureLeakageCheck>.VerifyAsync(new CheckTest
        {
            // Evaluation: antibiotics agree with y in 2 of 4 rows (AUROC 0.5); reference: in all 4 (AUROC 1).
            Data = TestData.Table(TestData.Numeric("antibiotics", 1, 0, 0, 1), TestData.Numeric("y", 1, 1, 0, 0)),
            Reference = TestData.Table(TestData.Numeric("antibiotics", 1, 1, 0, 0), TestData.Numeric("y", 1, 1, 0, 0)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
            ExpectedFindings = [ExpectedFinding.Of("XAI6005").At("antibiotics").WithArguments("antibiotics", "1", 1.0, 0.95, "reference")],
        });
}
