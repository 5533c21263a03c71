using ExplainableAI.Testing;

namespace ExplainableAI.Core.Tests;

/// <summary>
/// Pins the SDK's public surface: plugin authors depend on it, so every change must be a deliberate, reviewed diff of
/// <c>Sdk_public_api.approved.txt</c> (additive changes only, as Roslyn's analyzer API does).
/// </summary>
public sealed class SdkPublicApiTests
{
    [Fact]
    public void Sdk_public_api() =>
        ApprovalFile.Verify(
            PublicApiListing.Of(typeof(Sdk.AuditCheck).Assembly),
            Path.Combine(ApprovalFile.ProjectDirectory("ExplainableAI.Core.Tests.csproj"), "Approvals"),
            "Sdk_public_api",
            "txt");
}
