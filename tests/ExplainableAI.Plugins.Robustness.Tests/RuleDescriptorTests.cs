using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class RuleDescriptorTests
{
    [Fact]
    public void Rules_XAI4001_to_XAI4010_follow_the_conventions() =>
        RuleConventions.Verify(
            typeof(NoiseCheck).Assembly,
            CheckFamily.Robustness,
            [.. Enumerable.Range(4001, 10).Select(i => "XAI" + i)],
            "EU-AIA-", "JP-BIZ-", "JP-MLQM-", "JP-PMD-", "GMLP-", "ISO-");

    [Fact]
    public void Every_check_needs_a_model() =>
        Assert.All(Core.PluginLoader.DiscoverChecks(typeof(NoiseCheck).Assembly), c => Assert.Equal(CheckInputs.Model, c.RequiredInputs));
}
