using ExplainableAI.Plugins.Drift.Labels;
using ExplainableAI.Plugins.Drift.Scores;
using ExplainableAI.Plugins.Drift.Subgroups;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Drift.Tests;

public sealed class OtherChecksTests
{
    [Fact]
    public async Task Shift_at_one_site_is_reported_with_the_site()
    {
        // 3 sites × 300 rows; in the current data creatinine at Site B is 0.4 higher (the demo's planted assay change).
        var sites = Categorical("site", [.. Enumerable.Range(0, 900).Select(i => i % 3 == 0 ? "Site A" : i % 3 == 1 ? "Site B" : "Site C")]);
        var report = await CheckVerifier<SubgroupDriftCheck>.RunAsync(new CheckTest
        {
            Reference = SiteCohort(sites, 1, 0),
            Data = SiteCohort(sites, 2, 0.4),
        });

        var finding = Assert.Single(report.Findings);
        Assert.Equal("XAI3003", finding.RuleId);
        Assert.Equal("creatinine", finding.Location.Column);
        Assert.Equal("site=Site B", finding.Location.Group);
        Assert.StartsWith("Column 'creatinine' has drifted within site=Site B: Kolmogorov–Smirnov p-value ", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith(" (threshold ≤ 0.05)", finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.Value("drift_share", "site=Site B"));
        Assert.Equal(0, report.Value("drift_share", "site=Site A"));
    }

    [Fact]
    public async Task Sensitive_attributes_are_subgroups_too()
    {
        var sex = Enumerable.Range(0, 400).Select(i => i % 2 == 0 ? "F" : "M").ToArray();
        var (reference, current) = EveryOtherRowShifted(400, 3, first: 0);

        var report = await CheckVerifier<SubgroupDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Categorical("sex", sex), Numeric("x", reference)),
            Data = Table(Categorical("sex", sex), Numeric("x", current)),
            Registration = CheckTest.DefaultRegistration with { SensitiveAttributes = ["sex"] },
        });

        Assert.Contains(report.Findings, f => f.Location.Group == "sex=F" && f.Location.Column == "x");
        Assert.DoesNotContain(report.Findings, f => f.Location.Group == "sex=M");
    }

    [Fact]
    public async Task Prediction_drift_scores_the_reference_with_the_model()
    {
        var model = new DelegateModel([new ModelFeature("x", ColumnKind.Numeric)], row => 1 / (1 + Math.Exp(-row[0])));
        var report = await CheckVerifier<PredictionDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Numeric("x", Samples.Normal(300, 0, 1, 1))),
            Data = Table(Numeric("x", Samples.Normal(300, 1.5, 1, 2))),
            Model = model,
        });

        var finding = Assert.Single(report.Findings);
        Assert.Equal("XAI3004", finding.RuleId);
        Assert.Equal(1, report.Value("drift_detected", "prediction"));
    }

    [Fact]
    public async Task Label_drift_compares_prevalence()
    {
        var report = await CheckVerifier<LabelDriftCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Numeric("x", new double[400]), Boolean("sepsis", [.. Enumerable.Range(0, 400).Select(i => (bool?)(i % 10 == 0))])),
            Data = Table(Numeric("x", new double[400]), Boolean("sepsis", [.. Enumerable.Range(0, 400).Select(i => (bool?)(i % 4 == 0))])),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "sepsis" },
        });

        var finding = Assert.Single(report.Findings);
        Assert.Equal("XAI3005", finding.RuleId);
        Assert.Equal("sepsis", finding.Location.Column);
        Assert.Contains("Two-proportion z-test p-value", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declared_numeric_site_codes_are_subgroups()
    {
        // Site codes 1, 2, 3 as numbers; creatinine at code 2 is 0.4 higher in the current data.
        var codes = Numeric("site_code", [.. Enumerable.Range(0, 900).Select(i => (double)((i % 3) + 1))]);
        var report = await CheckVerifier<SubgroupDriftCheck>.RunAsync(new CheckTest
        {
            Reference = SiteCohort(codes, 1, 0),
            Data = SiteCohort(codes, 2, 0.4),
            Registration = CheckTest.DefaultRegistration with { SiteColumns = ["site_code"] },
        });

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("creatinine", "site_code=2"), (finding.Location.Column, finding.Location.Group));
        Assert.Equal(["site_code=1", "site_code=2", "site_code=3"], report.Subjects("drift_share"));
    }

    [Fact]
    public async Task A_column_is_a_site_only_when_declared_or_site_named()
    {
        var labs = Enumerable.Range(0, 600).Select(i => i % 2 == 0 ? "L1" : "L2").ToArray();
        var (reference, current) = EveryOtherRowShifted(600, 5, first: 1);

        var test = new CheckTest
        {
            Reference = Table(Categorical("lab_system", labs), Numeric("x", reference)),
            Data = Table(Categorical("lab_system", labs), Numeric("x", current)),
        };

        await CheckVerifier<SubgroupDriftCheck>.VerifyAsync(test with
        {
            ExpectedFindings = [ExpectedFinding.Of("XAI0004").WithMessage("Check 'SubgroupDriftCheck' was skipped: no sensitive attribute or site column splits the data into groups")],
        });
        await CheckVerifier<SubgroupDriftCheck>.VerifyAsync(test with
        {
            Registration = test.Registration with { SiteColumns = ["lab_system"] },
            ExpectedFindings = [ExpectedFinding.Of("XAI3003").At("x").InGroup("lab_system=L2")],
        });
    }

    // 900 rows at three sites (row i at site i mod 3); creatinine ~ N(1.0, 0.3), shifted at the second site (rows 1, 4, 7, …).
    private static TabularData SiteCohort(DataColumn sites, int seed, double secondSiteShift)
    {
        var creatinine = Samples.Normal(900, 1.0, 0.3, seed);
        for (var i = 1; i < 900; i += 3)
        {
            creatinine[i] += secondSiteShift;
        }

        return Table(sites, Numeric("creatinine", creatinine));
    }

    // N(0, 1) reference (seed) and current (seed + 1) samples; the current one is 1 higher at rows first, first + 2, ….
    private static (double[] Reference, double[] Current) EveryOtherRowShifted(int rows, int seed, int first)
    {
        var current = Samples.Normal(rows, 0, 1, seed + 1);
        for (var i = first; i < rows; i += 2)
        {
            current[i] += 1;
        }

        return (Samples.Normal(rows, 0, 1, seed), current);
    }
}
