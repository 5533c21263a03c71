using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class RuleDescriptorTests
{
    [Fact]
    public void Rules_XAI1001_to_XAI1007_follow_the_conventions() =>
        RuleConventions.Verify(
            typeof(GlobalImportanceCheck).Assembly,
            CheckFamily.Attribution,
            [.. Enumerable.Range(1001, 7).Select(i => "XAI" + i)],
            "EU-AIA-", "JP-BIZ-", "GMLP-");
}
