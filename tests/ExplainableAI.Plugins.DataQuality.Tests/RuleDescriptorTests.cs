using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.DataQuality.Tests;

public sealed class RuleDescriptorTests
{
    [Fact]
    public void Rules_XAI6001_to_XAI6007_follow_the_conventions() =>
        RuleConventions.Verify(
            typeof(MissingValuesCheck).Assembly,
            CheckFamily.DataQuality,
            [.. Enumerable.Range(6001, 7).Select(i => "XAI" + i)],
            "EU-AIA-", "JP-BIZ-", "JP-MLQM-", "JP-PMD-", "GMLP-", "ISO-");
}
