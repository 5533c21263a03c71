using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Drift.Tests;

public sealed class RuleDescriptorTests
{
    [Fact]
    public void Rules_XAI3001_to_XAI3009_follow_the_conventions() =>
        RuleConventions.Verify(
            typeof(Columns.ColumnDriftCheck).Assembly,
            CheckFamily.Drift,
            [.. Enumerable.Range(3001, 9).Select(i => "XAI" + i)],
            "EU-AIA-", "JP-BIZ-", "JP-MLQM-", "JP-PMD-", "GMLP-", "ISO-");
}
