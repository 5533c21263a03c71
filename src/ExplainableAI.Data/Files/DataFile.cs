using ExplainableAI.Sdk;

namespace ExplainableAI.Data.Files;

/// <summary>Opens data files through the SDK's one gate for input files, so every reader refuses the same things.</summary>
internal static class DataFile
{
    /// <summary>What errors call a data file.</summary>
    public const string Description = "data file";

    /// <summary>Opens a regular file for sequential reading.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The stream.</returns>
    /// <exception cref="InvalidAuditInputException">The file is missing, not a regular file (a FIFO, a device, a directory), or cannot be read.</exception>
    public static FileStream OpenRead(string path) => InputFile.OpenRead(path, Description);
}
