using ExplainableAI.Plugins.Drift.Multivariate;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Drift.Tests;

public sealed class DomainClassifierCheckTests
{
    [Fact]
    public async Task Names_the_column_that_moved()
    {
        var report = await CheckVerifier<DomainClassifierCheck>.RunAsync(new CheckTest
        {
            Reference = Table(Numeric("a", Samples.Normal(600, 0, 1, 1)), Numeric("b", Samples.Normal(600, 0, 1, 2))),
            Data = Table(Numeric("a", Samples.Normal(600, 0, 1, 3)), Numeric("b", Samples.Normal(600, 0.8, 1, 4))),
        });

        var finding = Assert.Single(report.Findings);
        Assert.Equal("XAI3007", finding.RuleId);
        Assert.EndsWith("driven most by b, a", finding.Message, StringComparison.Ordinal);
        var auroc = report.Measurements.Single(m => m.Name == "domain_classifier_auroc");
        // Two unit normals 0.8 apart: the best AUROC is Φ(0.8/√2) ≈ 0.714.
        Assert.InRange(auroc.Value, 0.66, 0.76);
        Assert.True(auroc.Lower < auroc.Value && auroc.Value < auroc.Upper);
    }

    [Fact]
    public async Task Same_distribution_is_not_reported()
    {
        var report = await CheckVerifier<DomainClassifierCheck>.VerifyAsync(new CheckTest
        {
            Reference = Table(Numeric("a", Samples.Normal(600, 0, 1, 5)), Categorical("site", [.. Enumerable.Range(0, 600).Select(i => i % 3 == 0 ? "A" : "B")])),
            Data = Table(Numeric("a", Samples.Normal(600, 0, 1, 6)), Categorical("site", [.. Enumerable.Range(0, 600).Select(i => i % 3 == 1 ? "A" : "B")])),
        });

        Assert.InRange(report.Measurements.Single(m => m.Name == "domain_classifier_auroc").Value, 0.4, 0.55);
    }
}
