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
        Assert.StartsWith("2 of 3 columns drifted; strongest: x2 (Kolmogorov-Smirnov ks_p_value = ", summary.Message, StringComparison.Ordinal);
        var table = summary.Evidence.Tables![0];
        Assert.Equal(["x2", "x1", "x0"], table.Rows.Select(r => r[0]));
        Assert.Equal(["yes", "yes", "no"], table.Rows.Select(r => r[5]));
        Assert.Equal("0.05", table.Rows[0][4]);
        // The column findings come in the same order.
        Assert.Equal(["x2", "x1"], report.Findings.Where(f => f.RuleId == "XAI3001").Select(f => f.Location.Column));
    }

    [Fact]
    public async Task Every_drifted_numeric_column_has_its_ecdf_and_the_summary_shows_the_five_strongest_with_at_most_200_points()
    {
        // Seven columns shifted by 1 … 7 sd: the five strongest get step charts in the summary; all seven in their own findings.
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Columns(1, 0, 0, 0, 0, 0, 0, 0),
            Data = Columns(21, 1, 2, 3, 4, 5, 6, 7),
        });

        var summary = Assert.Single(report.Findings, f => f.RuleId == "XAI3008");
        Assert.Equal(5, summary.Evidence.Charts!.Count);
        foreach (var chart in summary.Evidence.Charts)
        {
            Assert.Equal(ChartKind.Step, chart.Kind);
            Assert.Equal(["reference", "current"], chart.Series.Select(s => s.Name));
            Assert.All(chart.Series, s =>
            {
                Assert.Equal(200, s.X.Count); // 400 distinct values subsampled to 200
                Assert.Equal(s.X.Order(), s.X);
                Assert.Equal(1.0, s.Y[^1]);
            });
        }

        var withStep = report.Findings
            .Where(f => f.RuleId == "XAI3001" && f.Evidence.Charts!.Any(c => c.Kind == ChartKind.Step))
            .Select(f => f.Location.Column);
        Assert.Equal(["x0", "x1", "x2", "x3", "x4", "x5", "x6"], withStep.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Categorical_columns_get_no_ecdf()
    {
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Categorical("ward", [.. Enumerable.Repeat("A", 50), .. Enumerable.Repeat("B", 50)])),
            Data = Table(Categorical("ward", [.. Enumerable.Repeat("A", 90), .. Enumerable.Repeat("B", 10)])),
        });

        Assert.Empty(Assert.Single(report.Findings, f => f.RuleId == "XAI3008").Evidence.Charts!);
        Assert.DoesNotContain(Assert.Single(report.Findings, f => f.RuleId == "XAI3001").Evidence.Charts!, c => c.Kind == ChartKind.Step);
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
