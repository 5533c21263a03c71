using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.DataQuality.Tests;

public sealed class ModelSchemaCheckTests
{
    private static DelegateModel Model(params ModelFeature[] features) => new(features, _ => 0.5);

    private static TabularData Data() => Table(
        Numeric("age", 50, 60),
        Categorical("sex", "F", "M"),
        Categorical("ward", "A", "B"),
        Numeric("risk", 0.2, 0.8),
        Boolean("sepsis", false, true));

    [Fact]
    public Task Reports_each_model_feature_missing_from_the_data_as_an_error() =>
        CheckVerifier<ModelSchemaCheck>.VerifyAsync(new CheckTest
        {
            Data = Data(),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "sepsis", ScoreColumn = "risk", SensitiveAttributes = ["sex"] },
            Model = Model(
                new ModelFeature("age", ColumnKind.Numeric),
                new ModelFeature("ward", ColumnKind.Categorical),
                new ModelFeature("crp", ColumnKind.Numeric),
                new ModelFeature("smoker", ColumnKind.Boolean)),
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI6006").At("crp").WithSeverity(Severity.Error).WithArguments("crp", "numeric"),
                ExpectedFinding.Of("XAI6006").At("smoker").WithSeverity(Severity.Error).WithArguments("smoker", "boolean"),
            ],
        });

    [Fact]
    public async Task Reports_each_unused_column_except_label_score_and_sensitive_attributes()
    {
        var report = await CheckVerifier<ModelSchemaCheck>.VerifyAsync(new CheckTest
        {
            Data = Data(),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "sepsis", ScoreColumn = "risk", SensitiveAttributes = ["sex"] },
            Model = Model(new ModelFeature("age", ColumnKind.Numeric)),
            ExpectedFindings = [ExpectedFinding.Of("XAI6007").At("ward").WithSeverity(Severity.Info).WithArguments("ward")],
        });

        Assert.Equal(0, report.Value("missing_model_features"));
        Assert.Equal(1, report.Value("unused_columns"));
    }

    [Fact]
    public async Task Matching_schema_reports_nothing()
    {
        var report = await CheckVerifier<ModelSchemaCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("age", 50, 60), Boolean("sepsis", false, true)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "sepsis" },
            Model = Model(new ModelFeature("age", ColumnKind.Numeric)),
        });

        Assert.Equal(0, report.Value("missing_model_features"));
        Assert.Equal(0, report.Value("unused_columns"));
    }

    [Fact]
    public Task Column_names_compare_case_sensitively() =>
        CheckVerifier<ModelSchemaCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("Age", 50, 60)),
            Model = Model(new ModelFeature("age", ColumnKind.Numeric)),
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI6006").At("age").WithArguments("age", "numeric"),
                ExpectedFinding.Of("XAI6007").At("Age").WithArguments("Age"),
            ],
        });

    [Fact]
    public Task Check_is_skipped_without_a_model() =>
        CheckVerifier<ModelSchemaCheck>.VerifyAsync(new CheckTest
        {
            Data = Data(),
            ExpectedFindings = [ExpectedFinding.Of("XAI0004").WithArguments("ModelSchemaCheck", "it needs a model")],
        });

    [Fact]
    public Task Severity_none_drops_only_that_rule() =>
        CheckVerifier<ModelSchemaCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("age", 50, 60), Numeric("bmi", 20, 30)),
            Model = Model(new ModelFeature("crp", ColumnKind.Numeric)),
            Configuration = Configure.Severity("XAI6007", Severity.None),
            ExpectedFindings = [ExpectedFinding.Of("XAI6006").At("crp")],
        });

    [Fact]
    public Task Suppression_marks_the_finding_suppressed() =>
        CheckVerifier<ModelSchemaCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("age", 50, 60), Numeric("bmi", 20, 30)),
            Model = Model(new ModelFeature("age", ColumnKind.Numeric)),
            Configuration = Configure.Suppress("XAI6007", column: "bmi"),
            ExpectedFindings = [ExpectedFinding.Of("XAI6007").At("bmi").AsSuppressed()],
        });
}
