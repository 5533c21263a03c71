using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Core.Tests;

public sealed class RuleConventionsTests
{
    [Fact]
    public void Broken_conventions_are_all_listed()
    {
        // This assembly's test checks break them on purpose: XAI6901 is declared twice, XAI6902 names no requirement,
        // the option 'limit' never states its default, and XAI6903's message takes six arguments.
        var ex = Assert.Throws<CheckVerificationException>(() =>
            RuleConventions.Verify(typeof(AlwaysReportsCheck).Assembly, CheckFamily.DataQuality, ["XAI6901", "XAI6902"], "GMLP-"));

        Assert.Contains("rule IDs: expected [XAI6901, XAI6902], declared [", ex.Message, StringComparison.Ordinal);
        Assert.Contains("XAI6902: names no requirement it gives evidence for", ex.Message, StringComparison.Ordinal);
        Assert.Contains("XAI6901: requirement 'EU-AIA-ART10' does not start with one of GMLP-", ex.Message, StringComparison.Ordinal);
        Assert.Contains("XAI6901: option 'limit' does not state its default in its description (\"Default 0.25.\")", ex.Message, StringComparison.Ordinal);
        Assert.Contains("XAI6903: message format (en) uses 6 arguments ({0}, {1}, {2}, {3}, {4}, {5}), more than 5;", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("XAI6901: message format", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_message_on_the_allow_list_is_not_listed()
    {
        var ex = Assert.Throws<CheckVerificationException>(() =>
            RuleConventions.Verify(typeof(AlwaysReportsCheck).Assembly, rulePrefix: null, CheckFamily.DataQuality, ["XAI6901", "XAI6902"], longMessagesAllowed: ["XAI6903"], "GMLP-"));

        Assert.DoesNotContain("XAI6903:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_message_on_the_allow_list_is_listed_so_the_list_cannot_go_stale()
    {
        var ex = Assert.Throws<CheckVerificationException>(() =>
            RuleConventions.Verify(typeof(AlwaysReportsCheck).Assembly, rulePrefix: null, CheckFamily.DataQuality, ["XAI6901", "XAI6902"], longMessagesAllowed: ["XAI6902", "XAI6903"], "GMLP-"));

        Assert.Contains("XAI6902: allowed a long message, but its message formats keep the limit of 5 arguments; take it off the list", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("XAI6903:", ex.Message, StringComparison.Ordinal);
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
