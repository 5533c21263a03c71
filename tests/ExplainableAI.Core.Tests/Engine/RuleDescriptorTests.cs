using ExplainableAI.Sdk;

namespace ExplainableAI.Core.Tests;

public sealed class RuleDescriptorTests
{
    [Theory]
    [InlineData("XAI601")]
    [InlineData("xai6001")]
    [InlineData("XAI60012")]
    public void Malformed_id_is_rejected(string id) =>
        Assert.Throws<ArgumentException>(() => new RuleDescriptor(id, "t", "m", CheckFamily.DataQuality, Severity.Info, "d"));

    [Fact]
    public void Id_must_belong_to_the_family()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RuleDescriptor("XAI2001", "t", "m", CheckFamily.DataQuality, Severity.Info, "d"));

        Assert.Contains("DataQuality", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Option_declared_twice_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new RuleDescriptor("XAI6001", "t", "m", CheckFamily.DataQuality, Severity.Info, "d",
            Options: [new RuleOption("a", 1, "x"), new RuleOption("a", 2, "y")]));
}
