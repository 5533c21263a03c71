using ExplainableAI.Testing;

namespace ExplainableAI.Core.Tests;

/// <summary>
/// Pins the test kit's public surface: plugin authors' test suites compile against it, so it is as stable as the SDK
/// and every change is a reviewed diff of <c>Testing_public_api.approved.txt</c>.
/// </summary>
public sealed class TestingPublicApiTests
{
    [Fact]
    public void Testing_public_api() =>
        ApprovalFile.Verify(
            PublicApiListing.Of(typeof(CheckVerifier<>).Assembly),
            Path.Combine(ApprovalFile.ProjectDirectory("ExplainableAI.Core.Tests.csproj"), "Approvals"),
            "Testing_public_api",
            "txt");
}
