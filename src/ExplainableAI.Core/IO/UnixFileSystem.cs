using System.Runtime.InteropServices;
using System.Text;

namespace ExplainableAI.Core;

/// <summary>
/// The few POSIX calls .NET does not expose: the type of a path (to tell a FIFO or device from a file), write access
/// before any work, and the atomic exchange of two folders (Linux <c>renameat2(RENAME_EXCHANGE)</c>). Each answers
/// "unknown" off Linux, and callers fall back to what .NET offers.
/// </summary>
internal static class UnixFileSystem
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;
    private const uint StatxType = 1;
    private const int WriteAccess = 2;
    private const int SearchAccess = 1;
    private const int FileTypeMask = 0xF000;
    private const int DirectoryType = 0x4000;
    private const int RegularFileType = 0x8000;

    /// <summary>What <paramref name="path"/> names, following links.</summary>
    public static PathKind KindOf(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                if (Statx(AtCurrentDirectory, CString(path), 0, StatxType, out var status) == 0)
                {
                    return (status.Mode & FileTypeMask) switch
                    {
                        DirectoryType => PathKind.Directory,
                        RegularFileType => PathKind.RegularFile,
                        _ => PathKind.Special,
                    };
                }
            }
            catch (EntryPointNotFoundException)
            {
                // A libc older than 2.28: fall through to what .NET can tell.
            }
        }

        return Directory.Exists(path) ? PathKind.Directory : File.Exists(path) ? PathKind.RegularFile : PathKind.Missing;
    }

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

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, out StatxBuffer buffer);

    [DllImport("libc", EntryPoint = "access", SetLastError = true)]
    private static extern int Access(byte[] path, int mode);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int Renameat2(int oldDirectory, byte[] oldPath, int newDirectory, byte[] newPath, uint flags);

    // struct statx has the same 256-byte layout on every Linux architecture, unlike struct stat; only stx_mode is read.
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;
    }
}
