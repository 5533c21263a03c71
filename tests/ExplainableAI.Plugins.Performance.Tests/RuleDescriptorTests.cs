using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Performance.Tests;

public sealed class RuleDescriptorTests
{
    [Fact]
    public void Rules_XAI2001_to_XAI2008_and_XAI5001_to_XAI5014_follow_the_conventions() =>
        RuleConventions.Verify(
            typeof(DiscriminationCheck).Assembly,
            rulePrefix: null,
            family: null,
            [.. Enumerable.Range(2001, 8).Select(i => "XAI" + i), .. Enumerable.Range(5001, 14).Select(i => "XAI" + i)],
            "EU-AIA-", "JP-SP-", "JP-BIZ-", "JP-MLQM-", "JP-PMD-", "GMLP-", "ISO-");
}
