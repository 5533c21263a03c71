using ExplainableAI.Testing;

namespace ExplainableAI.Core.Tests;

/// <summary>
/// The listing must show every part of a member that a caller or a subclass depends on, or a breaking change passes the
/// approval test unseen. Each line below is one such part, read off the SDK.
/// </summary>
public sealed class PublicApiListingTests
{
    private static readonly string[] Lines = PublicApiListing.Of(typeof(Sdk.AuditCheck).Assembly).Split('\n');

    [Theory]
    [InlineData("  abstract IAuditModel? Model { get; }")] // nullability of a reference type
    [InlineData("  Double? ReferenceValue { get; init; }")] // nullable value type, init accessor
    [InlineData("  virtual String Name { get; }")] // virtual property
    [InlineData("  virtual Void Skip(String reason)")] // virtual method
    [InlineData("  override String ToString()")] // override
    [InlineData("[Flags] enum ExplainableAI.Sdk.CheckInputs : Int32")] // flags and the underlying type
    [InlineData("  const Scores = 8")] // enum values
    [InlineData("  abstract Void Report(RuleDescriptor rule, FindingLocation location, Evidence evidence, params Object?[] messageArguments)")] // params, element nullability
    [InlineData("sealed class ExplainableAI.Sdk.AuditCheckAttribute : Attribute")] // base type
    [InlineData("  Boolean TryGetColumn(String name, out DataColumn? column)")] // out parameter
    public void Listing_shows_what_callers_and_subclasses_depend_on(string line) =>
        Assert.Contains(line, Lines);
}
