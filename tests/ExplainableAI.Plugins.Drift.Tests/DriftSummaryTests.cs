using ExplainableAI.Plugins.Drift.Columns;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Drift.Tests;

public sealed class DriftSummaryTests
{
    private static TabularData Columns(int seed, params double[] shifts) =>
        Table([.. shifts.Select((shift, c) => Numeric($"x{c}", Samples.Normal(400, shift, 1, seed + c)))]);

    [Fact]
    public async Task Summary_lists_columns_drifted_first_then_by_strength()
    {
        // Shifts 0, 0.5 and 1.5 sd on 400 rows (K-S): x2 is the strongest, x1 next, x0 does not drift.
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Columns(1, 0, 0, 0),
            Data = Columns(11, 0, 0.5, 1.5),
        });

        var summary = Assert.Single(report.Findings, f => f.RuleId == "XAI3008");
        Assert.Equal(Severity.Info, summary.Severity);
        Assert.Equal("2 of 3 columns drifted; largest relative to its threshold: 'x2', Kolmogorov–Smirnov p-value < 0.001", summary.Message);
        var table = summary.Evidence.Tables![0];
        Assert.Equal(["x2", "x1", "x0"], table.Rows.Select(r => r[0]));
        Assert.Equal(["Yes", "Yes", "No"], table.Rows.Select(r => r[4]));
        // The threshold of the largest, no longer in the message, is in its row.
        Assert.Equal("≤ 0.05", table.Rows[0][3]);
        Assert.Equal("< 0.001", table.Rows[0][2]);
        // The column findings come in the same order.
        Assert.Equal(["x2", "x1"], report.Findings.Where(f => f.RuleId == "XAI3001").Select(f => f.Location.Column));
    }

    [Fact]
    public async Task Every_drifted_numeric_column_has_its_ecdf_with_at_most_200_points_and_the_summary_repeats_none()
    {
        // Seven columns shifted by 1 … 7 sd: each gets its step chart in its own finding; the summary shows only its table.
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Columns(1, 0, 0, 0, 0, 0, 0, 0),
            Data = Columns(21, 1, 2, 3, 4, 5, 6, 7),
        });

        Assert.Empty(Assert.Single(report.Findings, f => f.RuleId == "XAI3008").Evidence.Charts ?? []);
        var steps = report.Findings.Where(f => f.RuleId == "XAI3001").Select(f => (f.Location.Column, Chart: Assert.Single(f.Evidence.Charts!))).ToList();
        Assert.Equal(["x0", "x1", "x2", "x3", "x4", "x5", "x6"], steps.Select(s => s.Column).Order(StringComparer.Ordinal));
        foreach (var (_, chart) in steps)
        {
            Assert.Equal(ChartKind.Step, chart.Kind);
            Assert.Equal(["Reference", "Current"], chart.Series.Select(s => s.Name));
            Assert.All(chart.Series, s =>
            {
                Assert.Equal(200, s.X.Count); // 400 distinct values subsampled to 200
                Assert.Equal(s.X.Order(), s.X);
                Assert.Equal(1.0, s.Y[^1]);
            });
        }
    }

    [Fact]
    public void Numbers_are_written_without_e_notation_with_a_real_minus_and_p_values_below_0_001_as_a_bound()
    {
        Assert.Equal("< 0.001", NumberText.PValue(3.774e-39));
        Assert.Equal("0.001", NumberText.PValue(0.001));
        Assert.Equal("0.598", NumberText.PValue(0.59812));
        Assert.Equal("0.0000123", NumberText.Significant(1.23456e-5));
        Assert.Equal("0.391", NumberText.Significant(0.3912666940205007));
        Assert.Equal("0.1", NumberText.Significant(0.1));
        Assert.Equal("1235", NumberText.Significant(1234.56));
        Assert.Equal("\u22120.842", NumberText.Significant(-0.8416));
        Assert.Equal("\u22121.282", NumberText.Significant(-1.2816, 4));
        Assert.Equal("1", NumberText.Significant(0.99996));
        Assert.Equal("1345", NumberText.Integer(1345));
        Assert.Equal("10.6 %", NumberText.Share(0.106));
        Assert.Equal(string.Empty, NumberText.PValue(double.NaN));
    }

    [Fact]
    public async Task Categorical_columns_get_no_ecdf()
    {
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Categorical("ward", [.. Enumerable.Repeat("A", 50), .. Enumerable.Repeat("B", 50)])),
            Data = Table(Categorical("ward", [.. Enumerable.Repeat("A", 90), .. Enumerable.Repeat("B", 10)])),
        });

        Assert.Empty(Assert.Single(report.Findings, f => f.RuleId == "XAI3008").Evidence.Charts ?? []);
        var finding = Assert.Single(report.Findings, f => f.RuleId == "XAI3001");
        Assert.Empty(finding.Evidence.Charts!);
        Assert.Equal(["ward", "Reference share", "Current share"], Assert.Single(finding.Evidence.Tables!).Columns);
    }

    [Fact]
    public void Strength_compares_tests_and_distances_by_their_thresholds()
    {
        // p = 0.01 at level 0.05 is 5 × past it; a normed W₁ of 0.3 at 0.1 is 3 ×.
        Assert.Equal(5, DriftMethods.Strength(DriftMethod.KolmogorovSmirnov, 0.01, 0.05), 1e-12);
        Assert.Equal(3, DriftMethods.Strength(DriftMethod.Wasserstein, 0.3, 0.1), 1e-12);
        Assert.Equal(double.PositiveInfinity, DriftMethods.Strength(DriftMethod.ChiSquare, 0, 0.05));
    }
}
