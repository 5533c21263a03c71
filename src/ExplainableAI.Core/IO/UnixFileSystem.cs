using System.Runtime.InteropServices;
using System.Text;
using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// The few POSIX calls .NET does not expose that writing a report needs: the type of a path (from the SDK's
/// <see cref="FileTypeProbe"/>, to tell a FIFO or device from a folder), write access before any work, and the atomic
/// exchange of two folders (Linux <c>renameat2(RENAME_EXCHANGE)</c>). Each answers "unknown" off Linux, and callers fall
/// back to what .NET offers.
/// </summary>
internal static class UnixFileSystem
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;
    private const int WriteAccess = 2;
    private const int SearchAccess = 1;

    /// <summary>What <paramref name="path"/> names, following links: the SDK's probe, which the input gate uses too.</summary>
    public static PathKind KindOf(string path) => FileTypeProbe.Of(path) switch
    {
        FileType.Missing => PathKind.Missing,
        FileType.Directory => PathKind.Directory,
        FileType.Regular => PathKind.RegularFile,
        _ => PathKind.Special,
    };

    /// <summary>Why this process may not create entries in <paramref name="directory"/>, or <see langword="null"/> when it may (or when the platform cannot tell).</summary>
    public static string? WhyNotWritable(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        // access(2) answers for the real user and also reports a read-only file system (EROFS), which root is subject to too.
        return Access(CString(directory), WriteAccess | SearchAccess) == 0 ? null : Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());
    }

    /// <summary>
    /// Swaps two folders in one step, so no observer sees either name missing or half-filled. Returns
    /// <see langword="false"/> when the platform or file system cannot (the caller falls back to two renames).
    /// </summary>
    /// <exception cref="IOException">The file system refused for another reason.</exception>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (Renameat2(AtCurrentDirectory, CString(first), AtCurrentDirectory, CString(second), RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }

        var errno = Marshal.GetLastPInvokeError();

        // EINVAL: the file system has no exchange (some network and FUSE file systems); ENOSYS: a kernel before 3.15.
        const int invalid = 22, notImplemented = 38, notSupported = 95;
        return errno is invalid or notImplemented or notSupported
            ? false
            : throw new IOException(Marshal.GetPInvokeErrorMessage(errno), errno);
    }

    private static byte[] CString(string path) => Encoding.UTF8.GetBytes(path + '\0');

    [DllImport("libc", EntryPoint = "access", SetLastError = true)]
    private static extern int Access(byte[] path, int mode);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int Renameat2(int oldDirectory, byte[] oldPath, int newDirectory, byte[] newPath, uint flags);
}
