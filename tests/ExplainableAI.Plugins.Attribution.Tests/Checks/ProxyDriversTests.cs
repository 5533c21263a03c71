using ExplainableAI.Core;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class ProxyDriversTests
{
    private const int Rows = 200;

    // f = 2·creatinine + lactate: both are top drivers. creatinine = (sex is M) + 0.05·N(0, 1), a planted proxy of sex
    // (the noise never bridges the gap of 1, so the AUROC is exactly 1); lactate is drawn independently of sex.
    private static readonly DelegateModel Model = new(
        [new ModelFeature("creatinine", ColumnKind.Numeric), new ModelFeature("lactate", ColumnKind.Numeric)],
        x => (2 * x[0]) + x[1],
        ModelTask.Regression);

    private static readonly string[] Sex = [.. Enumerable.Range(0, Rows).Select(i => i % 2 == 0 ? "M" : "F")];

    [Fact]
    public async Task Planted_proxy_among_top_drivers_is_a_warning_naming_feature_and_attribute()
    {
        var noise = Models.Normals(Rows, 7);
        var creatinine = Enumerable.Range(0, Rows).Select(i => (Sex[i] == "M" ? 1 : 0) + (0.05 * noise[i])).ToArray();
        var data = TestData.Table(TestData.Numeric("creatinine", creatinine), TestData.Numeric("lactate", Models.Normals(Rows, 8)), TestData.Categorical("sex", Sex));

        var report = await CheckVerifier<GlobalImportanceCheck>.VerifyAsync(new CheckTest
        {
            Data = data,
            Model = Model,
            Registration = CheckTest.DefaultRegistration with { SensitiveAttributes = ["sex"] },
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI1001"),
                ExpectedFinding.Of("XAI1004").At("creatinine").InGroup("sex=M").WithArguments("creatinine", 1, "sex=M", 1.0, 0.8),
            ],
        });

        Assert.Equal(1.0, Measure(report, "creatinine vs sex"));
        Assert.True(Measure(report, "lactate vs sex") < 0.6);
    }

    [Fact]
    public async Task Independent_drivers_are_not_proxies()
    {
        var data = TestData.Table(TestData.Numeric("creatinine", Models.Normals(Rows, 9)), TestData.Numeric("lactate", Models.Normals(Rows, 8)), TestData.Categorical("sex", Sex));

        var report = await CheckVerifier<GlobalImportanceCheck>.VerifyAsync(new CheckTest
        {
            Data = data,
            Model = Model,
            Registration = CheckTest.DefaultRegistration with { SensitiveAttributes = ["sex"] },
            ExpectedFindings = [ExpectedFinding.Of("XAI1001")],
        });

        Assert.True(Measure(report, "creatinine vs sex") < 0.6);
    }

    private static double Measure(AuditResult report, string subject) =>
        report.Measurements.Single(m => m.Name == "sensitive_proxy_auroc" && m.Subject == subject).Value;
}
