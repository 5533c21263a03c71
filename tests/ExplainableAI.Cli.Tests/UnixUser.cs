using System.Runtime.InteropServices;

namespace ExplainableAI.Cli.Tests;

/// <summary>Who the tests run as: root writes through permission bits, so "not writable" cases cannot be staged for it.</summary>
internal static partial class UnixUser
{
    public static bool IsRoot => !OperatingSystem.IsWindows() && GetEffectiveUserId() == 0;

    /// <summary>Why a case that needs permission bits to hold is skipped here, or <see langword="null"/> when it can run.</summary>
    public static string? SkipWhenPermissionsDoNotApply => OperatingSystem.IsWindows()
        ? "Unix permission bits are not used on Windows"
        : IsRoot ? "running as root, which writes through permission bits (CI may run as root)" : null;

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();
}
