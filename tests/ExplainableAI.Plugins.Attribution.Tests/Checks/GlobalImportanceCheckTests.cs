using ExplainableAI.Core;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class GlobalImportanceCheckTests
{
    // f = 3·sex + 0.01·age is linear, so φ_i = β_i (x_i − background mean): with sex 0,1,0,1 (mean 0.5) and age 40..70 (mean 55),
    // mean |φ_sex| = 3 · 0.5 = 1.5 and mean |φ_age| = 0.01 · (15 + 5 + 5 + 15) / 4 = 0.1; base value f(mean) = 1.5 + 0.55 = 2.05.
    private static readonly DelegateModel Linear = new(
        [new ModelFeature("sex", ColumnKind.Numeric), new ModelFeature("age", ColumnKind.Numeric)],
        x => (3 * x[0]) + (0.01 * x[1]),
        ModelTask.Regression);

    private static readonly TabularData Data = TestData.Table(TestData.Numeric("sex", 0, 1, 0, 1), TestData.Numeric("age", 40, 50, 60, 70));

    [Fact]
    public async Task Publishes_global_importance_base_value_and_additivity_error()
    {
        var report = await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = Data, Model = Linear });

        Assert.Equal(1.5, Measure(report, "mean_abs_attribution", "sex"), 12);
        Assert.Equal(0.1, Measure(report, "mean_abs_attribution", "age"), 12);
        Assert.Equal(2.05, Measure(report, "base_value", null), 12);
        Assert.True(Measure(report, "max_additivity_error", null) < 1e-12);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("XAI1001", finding.RuleId);
        var chart = Assert.Single(finding.Evidence.Charts!, c => c.Kind == ChartKind.Bar);
        Assert.Equal(["sex", "age"], chart.Categories);
    }

    [Fact]
    public async Task Sensitive_attribute_among_top_drivers_is_a_warning()
    {
        var report = await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = Data, Model = Linear, Registration = CheckTest.DefaultRegistration with { SensitiveAttributes = ["sex"] } });

        var warning = Assert.Single(report.Findings, f => f.RuleId == "XAI1003");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("sex", warning.Location.Column);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "XAI1002");
    }

    [Fact]
    public async Task Non_deterministic_model_breaks_additivity_and_is_an_error()
    {
        // Each call adds a different offset, so v(all) ≠ f(x) as predicted separately: the attributions cannot add up.
        var calls = 0;
        var noisy = new DelegateModel(Linear.Features, x => x[0] + (Interlocked.Increment(ref calls) % 7), ModelTask.Regression);

        var report = await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = Data, Model = noisy });

        var error = Assert.Single(report.Findings, f => f.RuleId == "XAI1002");
        Assert.Equal(Severity.Error, error.Severity);
    }

    private static double Measure(AuditResult report, string name, string? subject) =>
        report.Measurements.Single(m => m.Name == name && m.Subject == subject).Value;
}
