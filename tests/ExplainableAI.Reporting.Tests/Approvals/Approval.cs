using System.Runtime.CompilerServices;
using ExplainableAI.Testing;

namespace ExplainableAI.Reporting.Tests.Approvals;

/// <summary>The test kit's approval check, with the approved files in this project's Approvals folder.</summary>
internal static class Approval
{
    public static void Verify(string received, string extension, [CallerMemberName] string name = "") =>
        ApprovalFile.Verify(received, Path.Combine(ApprovalFile.ProjectDirectory("ExplainableAI.Reporting.Tests.csproj"), "Approvals"), name, extension);
}
