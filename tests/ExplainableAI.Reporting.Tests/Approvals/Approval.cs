using System.Runtime.CompilerServices;

namespace ExplainableAI.Reporting.Tests.Approvals;

/// <summary>
/// A minimal approval check: compares rendered output with a committed <c>*.approved.*</c> file in this folder. On a
/// difference it writes <c>*.received.*</c> beside it and fails, so the change can be reviewed as a diff and, when
/// intended, accepted by copying the received file over the approved one.
/// </summary>
internal static class Approval
{
    public static void Verify(string received, string extension, [CallerMemberName] string name = "")
    {
        var folder = Path.Combine(TestProjectDirectory(), "Approvals");
        var approvedPath = Path.Combine(folder, $"{name}.approved.{extension}");
        var receivedPath = Path.Combine(folder, $"{name}.received.{extension}");
        var normalized = received.ReplaceLineEndings("\n");

        if (File.Exists(approvedPath) && File.ReadAllText(approvedPath).ReplaceLineEndings("\n") == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        var why = File.Exists(approvedPath)
            ? $"Output differs from {approvedPath}."
            : $"No approved file {approvedPath} yet.";
        Assert.Fail($"{why} Wrote {receivedPath}; diff the two and, if the change is intended, copy the received file over the approved one.");
    }

    // The approved files live beside the test sources, found from the test assembly's folder upwards so the check also
    // works where compile-time source paths are mapped away.
    private static string TestProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ExplainableAI.Reporting.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find ExplainableAI.Reporting.Tests.csproj above " + AppContext.BaseDirectory);
    }
}
