using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class MissingInputCheckTests
{
    private static readonly TabularData Data = Table(Numeric("lactate", 6, 7, 8, 2), Numeric("age", 50, 60, 70, 80), Numeric("y", 1, 1, 1, 0));

    [Fact]
    public Task A_model_that_throws_on_a_missing_input_is_an_error_with_its_message() =>
        CheckVerifier<MissingInputCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = Models.Of(r => double.IsNaN(r[0]) ? throw new InvalidOperationException("lactate is required") : 0.5, "lactate", "age"),
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI4003").At("lactate").WithSeverity(Severity.Error)
                    .WithArguments("lactate", "throws InvalidOperationException: lactate is required"),
            ],
        });

    [Fact]
    public Task A_model_that_returns_NaN_on_a_missing_input_is_an_error() =>
        CheckVerifier<MissingInputCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = Models.Of(r => r[0] / 10 + (r[1] * 0), "lactate", "age"),
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI4003").At("lactate").WithArguments("lactate", "returns NaN or infinity for 4 of 4 rows"),
                ExpectedFinding.Of("XAI4003").At("age").WithArguments("age", "returns NaN or infinity for 4 of 4 rows"),
            ],
        });

    [Fact]
    public async Task A_model_that_silently_reads_missing_as_zero_is_measured_and_reported()
    {
        // Missing lactate is read as 0: scores 0.6, 0.7, 0.8, 0.2 all become 0. Decisions at 0.5 go from 1, 1, 1, 0 to all 0:
        // 3 of 4 flip; mean |change| = (0.6 + 0.7 + 0.8 + 0.2) / 4 = 0.575. AUROC goes from 1 (perfect) to 0.5 (all tied).
        var model = Models.Of(r => double.IsNaN(r[0]) ? 0 : r[0] / 10, "lactate", "age");
        var report = await CheckVerifier<MissingInputCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = model,
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
            ExpectedFindings = [ExpectedFinding.Of("XAI4004").At("lactate").WithSeverity(Severity.Warning).WithArguments("lactate", 0.75, 0.5, 0.2, 0.5)],
        });

        Assert.Equal(0.75, report.Value("flip_rate", "lactate"));
        Assert.Equal(0.575, report.Value("mean_abs_score_change", "lactate"), 12);
        Assert.Equal(0.5, report.Value("auroc_drop", "lactate"));
        Assert.Equal(0, report.Value("flip_rate", "age"));
        var table = report.Findings.Single().Evidence.Tables![0];
        Assert.Equal(["lactate", "age"], table.Rows.Select(r => r[0]));
    }

    [Fact]
    public Task The_flip_rate_limit_is_an_option() =>
        CheckVerifier<MissingInputCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = Models.Of(r => double.IsNaN(r[0]) ? 0 : r[0] / 10, "lactate", "age"),
            Configuration = Configure.Options("XAI4004", ("max_flip_rate", 0.75)),
            ExpectedFindings = [],
        });

    [Fact]
    public async Task The_most_disruptive_features_are_also_made_missing_together()
    {
        // Missing reads as 0. Score (a + b) / 20 with a = b = 6 (0.6, positive): either alone missing gives 0.3 (flip), both 0.
        // c does not count. The three features ranked a, b (flip rate 1), c (0) are made missing together: all flip,
        // mean |change| 0.6.
        var model = Models.Of(r => ((double.IsNaN(r[0]) ? 0 : r[0]) + (double.IsNaN(r[1]) ? 0 : r[1])) / 20, "a", "b", "c");
        var report = await CheckVerifier<MissingInputCheck>.RunAsync(new CheckTest
        {
            Data = Table(Numeric("a", 6, 6), Numeric("b", 6, 6), Numeric("c", 1, 2)),
            Model = model,
        });

        Assert.Equal(1, report.Value("flip_rate", "together:a+b+c"));
        Assert.Equal(0.6, report.Value("mean_abs_score_change", "together:a+b+c"), 12);

        // The cumulative sets give the degradation curve: 0, 1 (a), 2 (a+b), 3 (a+b+c) features missing.
        Assert.Equal(1, report.Value("flip_rate", "together:a+b"));
        var curve = report.Findings.First(f => f.RuleId == "XAI4004").Evidence.Charts!.Single(c => c.Title == "Decision flip rate as the most disruptive features go missing together");
        Assert.Equal([0.0, 1, 2, 3], curve.Series[0].X);
        Assert.Equal([0.0, 1, 1, 1], curve.Series[0].Y);
    }

    [Fact]
    public async Task The_groups_hit_hardest_by_a_missing_input_are_named()
    {
        // Missing x is read as 0.9. F (12 rows, x 2, score 0.2): all flip, |change| 0.7. M (12 rows, 6 at x 2 and 6 at x 8):
        // half flip, mean |change| (6 · 0.7 + 6 · 0.1) / 12 = 0.4. X (2 rows): suppressed. Overall 20 of 26 flip.
        var sex = Enumerable.Repeat("F", 12).Concat(Enumerable.Repeat("M", 12)).Concat(Enumerable.Repeat("X", 2)).ToArray();
        double[] x = [.. Enumerable.Repeat(2.0, 12), .. Enumerable.Repeat(2.0, 6), .. Enumerable.Repeat(8.0, 6), 2, 2];
        var report = await CheckVerifier<MissingInputCheck>.RunAsync(new CheckTest
        {
            Data = Table(Numeric("x", x), Categorical("sex", sex)),
            Model = Models.Of(r => double.IsNaN(r[0]) ? 0.9 : r[0] / 10, "x"),
            Registration = CheckTest.DefaultRegistration with { SensitiveAttributes = ["sex"] },
        });

        Assert.Equal(20 / 26.0, report.Value("flip_rate", "x"), 12);
        Assert.Equal(1, report.Value("group_flip_rate", "x|sex=F"));
        Assert.Equal(0.5, report.Value("group_flip_rate", "x|sex=M"));
        Assert.Equal(0.4, report.Value("group_mean_abs_score_change", "x|sex=M"), 12);
        Assert.DoesNotContain(report.Measurements, m => m.Subject == "x|sex=X");
        var finding = report.Findings.Single(f => f.RuleId == "XAI4004");
        Assert.Equal(1, finding.Evidence.Metrics!.Single(m => m.Name == "worst_group_flip_rate").Value);
        var table = finding.Evidence.Tables!.Single(t => t.Columns[0] == "Group");
        Assert.Equal("Decision flip rate by group when 'x' is missing, worst first", table.Title);
        Assert.Equal(
            [["sex=F", "12", "100.0 %", "0.7000"], ["sex=M", "12", "50.0 %", "0.4000"], ["sex=X", "< 10", "suppressed", "suppressed"]],
            table.Rows);
    }
}
