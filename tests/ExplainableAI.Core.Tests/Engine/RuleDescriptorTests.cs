using ExplainableAI.Sdk;

namespace ExplainableAI.Core.Tests;

public sealed class RuleDescriptorTests
{
    [Theory]
    [InlineData("XAI601")]
    [InlineData("xai6001")]
    [InlineData("XAI60012")] // XAI IDs keep four digits
    [InlineData("acme-1")]
    [InlineData("A2001")] // one letter
    [InlineData("ABCDEFGHIJK2001")] // eleven letters
    [InlineData("ACME20")] // two digits
    [InlineData("ACME2001234")] // seven digits
    [InlineData("ACME2001X")]
    [InlineData("ÀCME2001")]
    public void Malformed_id_is_rejected(string id) =>
        Assert.Throws<ArgumentException>(() => new RuleDescriptor(id, "t", "m", CheckFamily.DataQuality, Severity.Info, "d"));

    [Theory]
    [InlineData("ACME2001", CheckFamily.Fairness)]
    [InlineData("ACME2001", CheckFamily.Drift)] // the digits say nothing about the family
    [InlineData("CONTOSO8901", CheckFamily.Governance)]
    [InlineData("AB100", CheckFamily.Privacy)]
    [InlineData("ABCDEFGHIJ123456", CheckFamily.Attribution)]
    public void Plugin_owned_id_declares_any_family(string id, CheckFamily family) =>
        Assert.Equal(family, new RuleDescriptor(id, "t", "m", family, Severity.Info, "d").Family);

    [Fact]
    public void Malformed_id_message_states_the_rule()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RuleDescriptor("acme-1", "t", "m", CheckFamily.Fairness, Severity.Info, "d"));

        Assert.Equal("rule ID 'acme-1' must be 2 to 10 uppercase letters (the plugin's own prefix) followed by 3 to 6 digits, such as ACME2001 (Parameter 'Id')", ex.Message);
    }

    [Fact]
    public void Xai_id_must_belong_to_the_family()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RuleDescriptor("XAI2001", "t", "m", CheckFamily.DataQuality, Severity.Info, "d"));

        Assert.Contains("DataQuality", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_family_is_the_hosts_alone()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RuleDescriptor("ACME0001", "t", "m", CheckFamily.Host, Severity.Info, "d"));

        Assert.StartsWith("rule ACME0001 declares family Host, which is reserved for the host's XAI0xxx rules", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_family_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new RuleDescriptor("ACME9001", "t", "m", (CheckFamily)9, Severity.Info, "d"));

    [Fact]
    public void Option_declared_twice_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new RuleDescriptor("XAI6001", "t", "m", CheckFamily.DataQuality, Severity.Info, "d",
            Options: [new RuleOption("a", 1, "x"), new RuleOption("a", 2, "y")]));
}
