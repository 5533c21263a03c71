using ExplainableAI.Sdk;

namespace ExplainableAI.Data.Files;

/// <summary>Opens data files, turning the operating system's complaints into user errors that name the file.</summary>
internal static class DataFile
{
    /// <summary>Opens a file for sequential reading.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The stream.</returns>
    /// <exception cref="InvalidAuditInputException">The file is missing or cannot be read.</exception>
    public static FileStream OpenRead(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InvalidAuditInputException("The file does not exist; expected an existing data file.", path, innerException: e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidAuditInputException($"The file cannot be read ({e.Message}); expected a readable data file.", path, innerException: e);
        }
    }
}
