using ExplainableAI.Plugins.Drift.Columns;
using ExplainableAI.Plugins.Drift.Statistics;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Drift.Tests;

public sealed class ColumnDriftCheckTests
{
    [Fact]
    public async Task Detects_a_known_shift_with_ks_on_a_small_reference()
    {
        // 500 reference values ≤ 1,000 and more than 5 distinct values: Evidently's choice is K-S.
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Numeric("lactate", Samples.Normal(500, 2, 1, 1))),
            Data = Table(Numeric("lactate", Samples.Normal(500, 2.5, 1, 2))),
        });

        var finding = Assert.Single(report.Findings, f => f.RuleId == "XAI3001");
        Assert.Equal("lactate", finding.Location.Column);
        Assert.Equal("Column 'lactate' has drifted: Kolmogorov–Smirnov p-value < 0.001 (threshold ≤ 0.05)", finding.Message);
        Assert.Equal(1, report.Value("drift_detected", "lactate"));
        Assert.True(report.Value("ks_p_value", "lactate") < 1e-6);
        Assert.Single(report.Findings, f => f.RuleId == "XAI3002");
        Assert.Equal(1, report.Value("drift_share"));
        Assert.NotEmpty(finding.Evidence.Charts!);
    }

    [Fact]
    public async Task Large_reference_uses_normed_wasserstein()
    {
        // 2,000 values: the shift of 0.5 sd gives a normed W₁ near 0.5 ≥ 0.1.
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Numeric("x", Samples.Normal(2000, 0, 1, 3))),
            Data = Table(Numeric("x", Samples.Normal(2000, 0.5, 1, 4))),
        });

        var finding = Assert.Single(report.Findings, f => f.RuleId == "XAI3001");
        Assert.StartsWith("Column 'x' has drifted: Normed Wasserstein distance = 0.", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith(" (threshold ≥ 0.1)", finding.Message, StringComparison.Ordinal);
        Assert.InRange(report.Value("wasserstein_normed", "x"), 0.4, 0.6);
    }

    [Fact]
    public async Task Two_samples_of_one_distribution_do_not_drift()
    {
        await CheckVerifier<ColumnDriftCheck>.VerifyAsync(new CheckTest
        {
            Reference = Table(Numeric("x", Samples.Normal(3000, 5, 2, 5))),
            Data = Table(Numeric("x", Samples.Normal(3000, 5, 2, 6))),
            ExpectedFindings = [ExpectedFinding.Of("XAI3008").WithSeverity(Severity.Info)],
        });
    }

    [Fact]
    public async Task Publishes_every_statistic_with_the_issue_names()
    {
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Numeric("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)),
            Data = Table(Numeric("x", 1, 1, 1, 1, 1, 10, 10, 10, 10, 10)),
        });

        foreach (var name in new[] { "ks_statistic", "ks_p_value", "wasserstein", "wasserstein_normed", "psi", "jensen_shannon", "chi2_statistic", "chi2_p_value", "missing_rate_reference", "missing_rate_current", "drift_detected" })
        {
            Assert.Contains(report.Measurements, m => m.Name == name && m.Subject == "x");
        }

        // PSI as hand-computed in HistogramStatisticsTests.
        Assert.Equal((2 * 0.4 * Math.Log(5)) + (8 * (1e-4 - 0.1) * Math.Log(1e-3)), report.Value("psi", "x"), 1e-12);
        // W₁ of 1…10 vs five 1s and five 10s: on [k, k + 1) the ECDFs differ by |k/10 − 0.5|, summing over k = 1…9 to
        // 0.4 + 0.3 + 0.2 + 0.1 + 0 + 0.1 + 0.2 + 0.3 + 0.4 = 2.
        Assert.Equal(2.0, report.Value("wasserstein", "x"), 1e-12);
    }

    [Fact]
    public async Task Categories_are_matched_by_name_not_by_level_index()
    {
        // The reference lists A before B, the current B before A; the shares are equal.
        var report = await CheckVerifier<ColumnDriftCheck>.VerifyAsync(new CheckTest
        {
            Reference = Table(Categorical("sex", "F", "M", "F", "M", "F", "M")),
            Data = Table(Categorical("sex", "M", "F", "M", "F", "M", "F")),
            ExpectedFindings = [ExpectedFinding.Of("XAI3008")],
        });

        Assert.Equal(0, report.Value("jensen_shannon", "sex"));
        Assert.Equal(1, report.Value("chi2_p_value", "sex"), 1e-12);
    }

    [Fact]
    public async Task Category_unseen_in_the_reference_is_named_and_kept()
    {
        var reference = Enumerable.Repeat("A", 40).Concat(Enumerable.Repeat("B", 40)).Concat(Enumerable.Repeat("C", 40)).ToArray();
        var current = Enumerable.Repeat("A", 30).Concat(Enumerable.Repeat("B", 30)).Concat(Enumerable.Repeat("C", 30)).Concat(Enumerable.Repeat("D", 30)).ToArray();
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Categorical("ward", reference)),
            Data = Table(Categorical("ward", current)),
        });

        var finding = Assert.Single(report.Findings, f => f.RuleId == "XAI3001");
        Assert.EndsWith("(threshold ≤ 0.05); new categories: D", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Chi-square p-value", finding.Message, StringComparison.Ordinal);
        // Shares r = (1/3, 1/3, 1/3, 0 → 1e-4), c = (1/4, 1/4, 1/4, 1/4).
        var expectedPsi = (3 * (0.25 - (1.0 / 3)) * Math.Log(0.25 * 3)) + ((0.25 - 1e-4) * Math.Log(0.25 / 1e-4));
        Assert.Equal(expectedPsi, report.Value("psi", "ward"), 1e-12);
        Assert.Contains(finding.Evidence.Tables![0].Rows, row => row[0] == "D (new)");
    }

    [Fact]
    public async Task Binary_column_on_a_small_reference_uses_the_z_test()
    {
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Boolean("smoker", [.. Enumerable.Range(0, 200).Select(i => (bool?)(i % 5 == 0))])),
            Data = Table(Boolean("smoker", [.. Enumerable.Range(0, 200).Select(i => (bool?)(i % 2 == 0))])),
        });

        var finding = Assert.Single(report.Findings, f => f.RuleId == "XAI3001");
        Assert.Contains("Two-proportion z-test p-value", finding.Message, StringComparison.Ordinal);
        Assert.Equal(HomogeneityTests.TwoProportionPValue(160, 200, 100, 200), report.Value("z_test_p_value", "smoker"), 1e-15);
    }

    [Fact]
    public async Task Method_option_overrides_the_automatic_choice()
    {
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Numeric("x", Samples.Normal(500, 0, 1, 8))),
            Data = Table(Numeric("x", Samples.Normal(500, 1, 1, 9))),
            Configuration = Configure.Option("XAI3001", "method", "psi"),
        });

        var finding = Assert.Single(report.Findings, f => f.RuleId == "XAI3001");
        Assert.Contains(": Population stability index = ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_wave_of_missing_values_is_reported()
    {
        var reference = Samples.Normal(100, 0, 1, 10);
        var current = Samples.Normal(100, 0, 1, 10);
        for (var i = 0; i < 30; i++)
        {
            current[i] = double.NaN;
        }

        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Numeric("crp", reference)),
            Data = Table(Numeric("crp", current)),
        });

        var finding = Assert.Single(report.Findings, f => f.RuleId == "XAI3006");
        Assert.Equal("Missing rate of column 'crp' changed from 0.0 % to 30.0 %, more than the tolerated 10.0 %", finding.Message);
        Assert.Equal(0.3, report.Value("missing_rate_current", "crp"));
        // The other statistics use the 70 non-missing values only, a subset of the reference itself: no drift.
        Assert.Equal(0, report.Value("drift_detected", "crp"));
    }

    [Fact]
    public async Task Label_and_score_columns_are_left_to_their_own_rules()
    {
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Numeric("x", 1, 2, 3, 4), Boolean("sepsis", true, false, true, false)),
            Data = Table(Numeric("x", 1, 2, 3, 4), Boolean("sepsis", true, true, true, true)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "sepsis" },
        });

        Assert.DoesNotContain(report.Measurements, m => m.Subject == "sepsis");
    }
}
