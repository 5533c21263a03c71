using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Core.Tests;

public sealed class RuleConventionsTests
{
    [Fact]
    public void Broken_conventions_are_all_listed()
    {
        // This assembly's test checks break them on purpose: XAI6901 is declared twice, XAI6902 names no requirement,
        // and the option 'limit' never states its default.
        var ex = Assert.Throws<CheckVerificationException>(() =>
            RuleConventions.Verify(typeof(AlwaysReportsCheck).Assembly, CheckFamily.DataQuality, ["XAI6901", "XAI6902"], "GMLP-"));

        Assert.Contains("rule IDs: expected [XAI6901, XAI6902], declared [", ex.Message, StringComparison.Ordinal);
        Assert.Contains("XAI6902: names no requirement it gives evidence for", ex.Message, StringComparison.Ordinal);
        Assert.Contains("XAI6901: requirement 'EU-AIA-ART10' does not start with one of GMLP-", ex.Message, StringComparison.Ordinal);
        Assert.Contains("XAI6901: option 'limit' does not state its default in its description (\"Default 0.25.\")", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_without_the_plugins_own_prefix_is_listed()
    {
        var ex = Assert.Throws<CheckVerificationException>(() =>
            RuleConventions.Verify(typeof(AlwaysReportsCheck).Assembly, "ACME", family: null, ["XAI6901", "XAI6902"]));

        Assert.Contains("XAI6901: does not have the plugin's prefix ACME", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefix_that_is_not_uppercase_letters_is_an_argument_error() =>
        Assert.Throws<ArgumentException>(() => RuleConventions.Verify(typeof(AlwaysReportsCheck).Assembly, "acme", family: null, []));
}
