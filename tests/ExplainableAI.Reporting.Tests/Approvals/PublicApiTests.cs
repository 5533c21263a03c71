using ExplainableAI.Testing;

namespace ExplainableAI.Reporting.Tests.Approvals;

/// <summary>Pins the public surface of ExplainableAI.Reporting, so any change to it is a visible, reviewed diff.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api() => Approval.Verify(PublicApiListing.Of(typeof(ReportWriter).Assembly), "txt");
}
