namespace ExplainableAI.Testing;

/// <summary>
/// A minimal approval check (Verify is not available here): compares output with a committed <c>NAME.approved.EXT</c>
/// file. On a difference it writes <c>NAME.received.EXT</c> beside it and throws, so the change can be reviewed as a
/// diff and, when intended, accepted by copying the received file over the approved one.
/// </summary>
public static class ApprovalFile
{
    /// <summary>Checks output against its approved file.</summary>
    /// <param name="received">The output (line ends are normalized to <c>\n</c>).</param>
    /// <param name="folder">The folder of the approved files, usually beside the test's sources.</param>
    /// <param name="name">The approval's name, usually the test's name.</param>
    /// <param name="extension">The file extension without the dot.</param>
    /// <exception cref="ApprovalException">The output differs from the approved file, or there is none yet.</exception>
    public static void Verify(string received, string folder, string name, string extension)
    {
        ArgumentNullException.ThrowIfNull(received);
        var approvedPath = Path.Combine(folder, $"{name}.approved.{extension}");
        var receivedPath = Path.Combine(folder, $"{name}.received.{extension}");
        var normalized = received.ReplaceLineEndings("\n");
        if (File.Exists(approvedPath) && File.ReadAllText(approvedPath).ReplaceLineEndings("\n") == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        var why = File.Exists(approvedPath) ? $"Output differs from {approvedPath}." : $"No approved file {approvedPath} yet.";
        throw new ApprovalException($"{why} Wrote {receivedPath}; diff the two and, if the change is intended, copy the received file over the approved one.");
    }

    /// <summary>The folder of a test project, found upwards from the test assembly's folder by its project file.</summary>
    /// <param name="projectFileName">The project file's name, such as <c>MyPlugin.Tests.csproj</c>.</param>
    /// <returns>The folder.</returns>
    public static string ProjectDirectory(string projectFileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, projectFileName)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Cannot find {projectFileName} above {AppContext.BaseDirectory}.");
    }
}
