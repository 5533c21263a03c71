using ExplainableAI.Plugins.Drift.Columns;
using ExplainableAI.Plugins.Drift.Statistics;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Drift.Tests;

public sealed class DriftMethodOverrideTests
{
    // Two numeric columns with the same 1-sd shift on a small reference (auto: K-S for both).
    private static TabularData Shifted(int seed, double shift) => Table(
        Numeric("creatinine", Samples.Normal(400, 1 + shift, 1, seed)),
        Numeric("lactate", Samples.Normal(400, 2 + shift, 1, seed + 100)));

    [Fact]
    public async Task Method_declared_for_a_column_decides_for_it_and_the_global_one_for_the_others()
    {
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Shifted(1, 0),
            Data = Shifted(2, 1),
            Registration = CheckTest.DefaultRegistration with
            {
                Features = new Dictionary<string, FeatureFacts> { ["creatinine"] = new(DriftMethod: "psi") },
                DriftMethod = "jensen_shannon",
            },
        });

        var creatinine = Assert.Single(report.Findings, f => f is { RuleId: "XAI3001", Location.Column: "creatinine" });
        Assert.StartsWith("Column 'creatinine' has drifted: Population stability index = ", creatinine.Message, StringComparison.Ordinal);
        Assert.EndsWith(" (threshold ≥ 0.1)", creatinine.Message, StringComparison.Ordinal);
        var lactate = Assert.Single(report.Findings, f => f is { RuleId: "XAI3001", Location.Column: "lactate" });
        Assert.StartsWith("Column 'lactate' has drifted: Jensen–Shannon distance = ", lactate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_method_wins_over_the_method_option()
    {
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Shifted(1, 0),
            Data = Shifted(2, 1),
            Registration = CheckTest.DefaultRegistration with { DriftMethod = "wasserstein" },
            Configuration = Configure.Option("XAI3001", "method", "psi"),
        });

        Assert.All(report.Findings.Where(f => f.RuleId == "XAI3001"), f => Assert.Contains(": Normed Wasserstein distance = ", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Declared_method_that_does_not_fit_the_column_is_reported_and_auto_decides()
    {
        // K-S is declared for a categorical column: XAI3009 names it; the 2-valued column falls back to the z-test.
        var report = await CheckVerifier<ColumnDriftCheck>.VerifyAsync(new CheckTest
        {
            Reference = Table(Categorical("sex", [.. Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? "F" : "M")])),
            Data = Table(Categorical("sex", [.. Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? "F" : "M")])),
            Registration = CheckTest.DefaultRegistration with { Features = new Dictionary<string, FeatureFacts> { ["sex"] = new(DriftMethod: "ks") } },
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI3009").At("sex")
                    .WithMessage("Drift method 'ks' declared for column 'sex' does not fit its 2 distinct categorical values; the automatic choice decides instead: Two-proportion z-test p-value"),
                ExpectedFinding.Of("XAI3008"),
            ],
        });

        var table = Assert.Single(report.Findings, f => f.RuleId == "XAI3008").Evidence.Tables![0];
        Assert.Equal("Two-proportion z-test p-value (chosen automatically; ks does not fit)", table.Rows[0][1]);
    }

    [Fact]
    public async Task Global_method_that_does_not_fit_a_column_falls_back_to_auto_silently()
    {
        // z_test needs two values; the 3-valued column takes chi-square (small reference) without a finding.
        var reference = Enumerable.Range(0, 90).Select(i => "ABC"[i % 3].ToString()).ToArray();
        await CheckVerifier<ColumnDriftCheck>.VerifyAsync(new CheckTest
        {
            Reference = Table(Categorical("ward", reference)),
            Data = Table(Categorical("ward", reference)),
            Registration = CheckTest.DefaultRegistration with { DriftMethod = "z_test" },
            ExpectedFindings = [ExpectedFinding.Of("XAI3008")],
        });
    }

    [Fact]
    public async Task Ks_on_a_numeric_column_with_few_values_is_allowed_when_declared()
    {
        // Declared K-S fits every numeric column: [1] vs [2, 3, 4] gives D = 1 and the exact p = 2/C(4,1) = 0.5
        // (the single reference value is first or last among the four pooled ranks); scipy ks_2samp([1], [2, 3, 4]) = (1.0, 0.5).
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Numeric("x", 1)),
            Data = Table(Numeric("x", 2, 3, 4)),
            Registration = CheckTest.DefaultRegistration with { Features = new Dictionary<string, FeatureFacts> { ["x"] = new(DriftMethod: "ks") } },
        });

        Assert.Equal(1.0, report.Value("ks_statistic", "x"));
        Assert.Equal(0.5, report.Value("ks_p_value", "x"), 1e-15);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "XAI3009");
    }

    [Theory]
    [InlineData("ks", (int)DriftMethod.KolmogorovSmirnov)]
    [InlineData("wasserstein", (int)DriftMethod.Wasserstein)]
    [InlineData("psi", (int)DriftMethod.Psi)]
    [InlineData("jensen_shannon", (int)DriftMethod.JensenShannon)]
    [InlineData("chi_square", (int)DriftMethod.ChiSquare)]
    [InlineData("z_test", (int)DriftMethod.ZTest)]
    [InlineData("auto", (int)DriftMethod.Auto)]
    [InlineData(null, (int)DriftMethod.Auto)]
    public void Manifest_names_map_to_methods_and_back(string? name, int code)
    {
        var method = (DriftMethod)code;
        Assert.Equal(method, DriftMethods.FromName(name, "data.drift_method"));
        Assert.Equal(name ?? "auto", DriftMethods.ManifestName(method));
    }

    [Fact]
    public void Every_name_the_manifest_accepts_is_a_method_and_the_method_option_allows_exactly_those()
    {
        Assert.All(DriftMethodNames.All, name => Assert.Equal(name, DriftMethods.ManifestName(DriftMethods.FromName(name, "data.drift_method"))));
        Assert.Equal(DriftMethodNames.All, DriftOptions.All.Single(o => o.Name == DriftOptions.Method).AllowedValues);
    }

    [Fact]
    public void Unknown_method_name_is_a_user_error_naming_the_field()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => DriftMethods.FromName("kolmogorov", "data.features.lactate.drift_method"));
        Assert.Equal("data.features.lactate.drift_method", error.Field);
        Assert.Contains("'kolmogorov'", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    // Evidently: K-S and chi-square drift when p ≤ level, the z-test when p < level, distances when ≥ threshold.
    [InlineData((int)DriftMethod.KolmogorovSmirnov, 0.05, 0.05, true)]
    [InlineData((int)DriftMethod.KolmogorovSmirnov, 0.0500000001, 0.05, false)]
    [InlineData((int)DriftMethod.ChiSquare, 0.05, 0.05, true)]
    [InlineData((int)DriftMethod.ZTest, 0.05, 0.05, false)]
    [InlineData((int)DriftMethod.ZTest, 0.0499999999, 0.05, true)]
    [InlineData((int)DriftMethod.Wasserstein, 0.1, 0.1, true)]
    [InlineData((int)DriftMethod.Psi, 0.0999999999, 0.1, false)]
    [InlineData((int)DriftMethod.JensenShannon, 0.1, 0.1, true)]
    public void Decision_rule_at_the_boundary(int method, double statistic, double threshold, bool drifted) =>
        Assert.Equal(drifted, DriftMethods.Drifted((DriftMethod)method, statistic, threshold));

    [Fact]
    public async Task Ks_p_value_equal_to_the_level_is_drift()
    {
        // The exact p of [1, 2, 3] vs [4, 5, 6] is 2/C(6,3) = 0.1; with the level set to exactly the computed p, p ≤ level.
        var test = new CheckTest
        {
            Reference = Table(Numeric("x", 1, 2, 3)),
            Data = Table(Numeric("x", 4, 5, 6)),
            Registration = CheckTest.DefaultRegistration with { DriftMethod = "ks" },
        };
        var p = (await CheckVerifier<ColumnDriftCheck>.RunAsync(test)).Value("ks_p_value", "x");
        Assert.Equal(0.1, p, 1e-15);

        var atLevel = await CheckVerifier<ColumnDriftCheck>.RunAsync(test with { Configuration = Configure.Option("XAI3001", "ks_p_value", p) });
        Assert.Equal(1, atLevel.Value("drift_detected", "x"));
        var belowLevel = await CheckVerifier<ColumnDriftCheck>.RunAsync(test with { Configuration = Configure.Option("XAI3001", "ks_p_value", Math.BitDecrement(p)) });
        Assert.Equal(0, belowLevel.Value("drift_detected", "x"));
    }

    [Fact]
    public async Task Z_test_p_value_equal_to_the_level_is_not_drift()
    {
        // 160/200 vs 100/200 true: the level is set to exactly the z-test's p-value; the z-test needs p < level.
        var test = new CheckTest
        {
            Reference = Table(Boolean("smoker", [.. Enumerable.Range(0, 200).Select(i => (bool?)(i % 5 == 0))])),
            Data = Table(Boolean("smoker", [.. Enumerable.Range(0, 200).Select(i => (bool?)(i % 2 == 0))])),
        };
        var p = HomogeneityTests.TwoProportionPValue(160, 200, 100, 200);

        var atLevel = await CheckVerifier<ColumnDriftCheck>.RunAsync(test with { Configuration = Configure.Option("XAI3001", "z_test_p_value", p) });
        Assert.Equal(0, atLevel.Value("drift_detected", "smoker"));
        var aboveLevel = await CheckVerifier<ColumnDriftCheck>.RunAsync(test with { Configuration = Configure.Option("XAI3001", "z_test_p_value", Math.BitIncrement(p)) });
        Assert.Equal(1, aboveLevel.Value("drift_detected", "smoker"));
    }
}
