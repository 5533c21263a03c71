namespace ExplainableAI.Core;

/// <summary>
/// The file system refused a write (no space left, file too large for the process's limit, permission denied, a
/// read-only file system): an environment error rather than bad input or a bug. The command line prints it as one line
/// naming the file and exits with its own code; whatever was being written is left unwritten.
/// </summary>
public sealed class FileSystemRefusedException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file or folder that could not be written, as the user knows it (its final name, not a temporary one).</param>
    /// <param name="reason">The operating system's reason, such as "No space left on device".</param>
    /// <param name="innerException">The underlying exception.</param>
    public FileSystemRefusedException(string path, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The file or folder that could not be written.</summary>
    public string Path { get; }

    /// <summary>The operating system's reason.</summary>
    public string Reason { get; }

    /// <summary>Runs a write, turning the file system's refusals into a <see cref="FileSystemRefusedException"/> naming <paramref name="path"/>.</summary>
    /// <param name="path">The name to report.</param>
    /// <param name="write">The write.</param>
    internal static void Guard(string path, Action write)
    {
        try
        {
            write();
        }
        catch (IOException ex) when (ex is not FileSystemRefusedException)
        {
            throw new FileSystemRefusedException(path, ReasonOf(ex), ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new FileSystemRefusedException(path, "permission denied", ex);
        }
        catch (ArgumentOutOfRangeException ex) when (ex.ParamName == "value")
        {
            // The runtime reports EFBIG (the file outgrew the process's or the file system's size limit) this way.
            throw new FileSystemRefusedException(path, "file too large for the file system or the process's file-size limit", ex);
        }
    }

    // On Unix the runtime puts errno in HResult for the errors it has no exception type for; strerror's text names the
    // cause without the temporary path the runtime's message holds. EPERM, EIO, EACCES, EFBIG, ENOSPC, EROFS, EDQUOT.
    private static readonly int[] KnownErrnos = [1, 5, 13, 27, 28, 30, 122];

    private static string ReasonOf(IOException ex) =>
        !OperatingSystem.IsWindows() && KnownErrnos.Contains(ex.HResult)
            ? System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(ex.HResult)
            : ex.Message;
}
