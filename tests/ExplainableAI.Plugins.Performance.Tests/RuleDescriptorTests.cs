using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Performance.Tests;

public sealed class RuleDescriptorTests
{
    // Temporary, removed when branch cohorts merges: the fairness rules' messages are shortened to at most 5 arguments
    // there. The conventions fail if a rule on this list already keeps the limit.
    private static readonly string[] FairnessRulesAwaitingShortMessages = ["XAI2001", "XAI2002", "XAI2003", "XAI2004", "XAI2005", "XAI2006", "XAI2008"];

    [Fact]
    public void Rules_XAI2001_to_XAI2008_and_XAI5001_to_XAI5014_follow_the_conventions() =>
        RuleConventions.Verify(
            typeof(DiscriminationCheck).Assembly,
            rulePrefix: null,
            family: null,
            [.. Enumerable.Range(2001, 8).Select(i => "XAI" + i), .. Enumerable.Range(5001, 14).Select(i => "XAI" + i)],
            FairnessRulesAwaitingShortMessages,
            "EU-AIA-", "JP-SP-", "JP-BIZ-", "JP-MLQM-", "JP-PMD-", "GMLP-", "ISO-");
}
