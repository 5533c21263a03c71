using ExplainableAI.Core;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class KernelRankingTests
{
    private static readonly TabularData Data = Models.Table(Models.Random(40, 6, 3));

    [Fact]
    public async Task Exact_values_have_no_sampling_error_and_no_warning()
    {
        var report = await CheckVerifier<GlobalImportanceCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = Models.Nonlinear(6),
            ExpectedFindings = [ExpectedFinding.Of("XAI1001")],
        });

        Assert.DoesNotContain(report.Measurements, m => m.Name == "kernel_importance_se");
    }

    [Fact]
    public async Task Tiny_kernel_budget_leaves_the_ranking_undetermined()
    {
        // A cap of 1 model evaluation forces Kernel SHAP with the smallest budget, 2d + 2 = 14 coalitions per row.
        var report = await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest
        {
            Data = Data,
            Model = Models.Nonlinear(6),
            Configuration = TestConfiguration.Option("XAI1001", GlobalImportanceCheck.MaxModelEvaluationsOption, 1),
        });

        var warning = Assert.Single(report.Findings, f => f.RuleId == "XAI1005");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains(report.Measurements, m => m.Name == "kernel_importance_se" && m.Value > 0);
        var chart = Assert.Single(warning.Evidence.Charts!);
        Assert.Equal(ChartKind.DotWhisker, chart.Kind);

        // The named pair's intervals overlap: mean − 2 SE of the higher ≤ mean + 2 SE of the lower.
        var series = chart.Series[0];
        var first = chart.Categories!.ToList().IndexOf(warning.Location.Column!);
        Assert.True(series.Lower![first] <= series.Upper![first + 1]);
        Assert.Contains($"'{chart.Categories![first]}'", warning.Message, StringComparison.Ordinal);
        Assert.Contains($"'{chart.Categories[first + 1]}'", warning.Message, StringComparison.Ordinal);
        // Their means ± 2 SE, no longer in the message, are the table's first row.
        var row = Assert.Single(warning.Evidence.Tables!).Rows[0];
        Assert.Equal([warning.Location.Column!, chart.Categories[first + 1]], [row[1], row[3]]);
    }

    [Fact]
    public async Task Large_kernel_budget_determines_the_ranking()
    {
        // 2^6 − 2 = 62 coalitions fit in the budget, so Kernel SHAP enumerates them all and is exact: no sampling error.
        var report = await CheckVerifier<GlobalImportanceCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = Models.Nonlinear(6),
            Configuration = TestConfiguration.Option("XAI1001", GlobalImportanceCheck.MaxModelEvaluationsOption, 40 * 40 * 63),
            ExpectedFindings = [ExpectedFinding.Of("XAI1001")],
        });

        Assert.All(report.Measurements.Where(m => m.Name == "kernel_importance_se"), m => Assert.Equal(0, m.Value));
    }
}
