using System.Runtime.InteropServices;

namespace ExplainableAI.Sdk;

/// <summary>
/// Tells what a path names without opening it. .NET has no public API for this: <see cref="FileAttributes"/> says
/// <c>Normal</c> for a FIFO or <c>/dev/zero</c>, and opening a FIFO blocks inside <c>open(2)</c>, before any check on
/// the handle could run and where no cancellation reaches. On Linux the type comes from <c>statx(2)</c>, whose
/// structure has one layout on every architecture; elsewhere from the attributes .NET does report.
/// </summary>
internal static class FileTypeProbe
{
    public static FileType Of(string path)
    {
        if (OperatingSystem.IsLinux() && LinuxStatx.TryGetType(path, out var type))
        {
            return type;
        }

        if (Directory.Exists(path))
        {
            return FileType.Directory;
        }

        if (!File.Exists(path))
        {
            return FileType.Missing;
        }

        // Windows marks devices (CON, NUL, \\.\ paths) with this attribute; Unix without statx reports them as files.
        return File.GetAttributes(path).HasFlag(FileAttributes.Device) ? FileType.CharacterDevice : FileType.Regular;
    }

    private static class LinuxStatx
    {
        private const int AtCurrentDirectory = -100;
        private const uint StatxType = 0x1;
        private const int NoSuchFile = 2;
        private const int NotADirectory = 20;
        private const int NameTooLong = 36;
        private const int LinkLoop = 40;

        /// <summary>The file type from <c>stat</c>; false when the call is unavailable or fails for another reason than a missing file.</summary>
        public static bool TryGetType(string path, out FileType type)
        {
            type = FileType.Other;
            int result;
            StatxBuffer buffer;
            try
            {
                // Flags 0: symbolic links are followed, so a link to /dev/zero is a character device.
                result = Statx(AtCurrentDirectory, path, 0, StatxType, out buffer);
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                return false; // a C library without statx (glibc before 2.28): fall back to what .NET reports
            }

            if (result != 0)
            {
                var error = Marshal.GetLastPInvokeError();
                type = FileType.Missing;
                return error is NoSuchFile or NotADirectory or NameTooLong or LinkLoop;
            }

            type = (buffer.Mode & 0xF000) switch
            {
                0x8000 => FileType.Regular,
                0x4000 => FileType.Directory,
                0x1000 => FileType.Fifo,
                0x2000 => FileType.CharacterDevice,
                0x6000 => FileType.BlockDevice,
                0xC000 => FileType.Socket,
                _ => FileType.Other,
            };
            return true;
        }

        // DllImport rather than LibraryImport: the generated stub needs unsafe code, which the SDK does not allow.
        [DllImport("libc", EntryPoint = "statx", SetLastError = true, ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);

        /// <summary><c>struct statx</c> (linux/stat.h): 256 bytes, <c>stx_mode</c> at byte 28 on every architecture.</summary>
        [StructLayout(LayoutKind.Explicit, Size = 256)]
        private struct StatxBuffer
        {
            [FieldOffset(28)]
            public ushort Mode;
        }
    }
}
