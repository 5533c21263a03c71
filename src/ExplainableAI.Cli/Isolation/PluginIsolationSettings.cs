using System.CommandLine;
using System.Globalization;
using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>What the user chose with <c>--isolation</c> and <c>--plugin-memory-limit</c>.</summary>
/// <param name="Mode">Which plugins run in a process of their own.</param>
/// <param name="MemoryLimitBytes">Each plugin process's managed heap limit.</param>
internal sealed record PluginIsolationSettings(PluginIsolation Mode, long MemoryLimitBytes)
{
    public static PluginIsolationSettings Default { get; } = new(PluginIsolation.Default, PluginIsolationOptions.DefaultMemoryLimitBytes);

    public static Option<string?> IsolationOption() => new("--isolation")
    {
        Description = "Where plugin checks run: 'process' (each plugin in a process of its own, with a memory limit and the check timeout enforced by ending it) or 'none' (in this process). Default: process for plugins outside the built-in folder, none for built-in ones.",
    };

    public static Option<string?> MemoryLimitOption() => new("--plugin-memory-limit")
    {
        Description = "The memory limit of each plugin process, e.g. 512MiB or 2GiB (default 2GiB).",
    };

    public static PluginIsolationSettings Parse(string? mode, string? memoryLimit) => new(
        mode?.Trim().ToLowerInvariant() switch
        {
            null => PluginIsolation.Default,
            "process" => PluginIsolation.Process,
            "none" => PluginIsolation.None,
            _ => throw new InvalidAuditInputException($"--isolation must be 'process' or 'none', not '{mode}'", field: "--isolation"),
        },
        memoryLimit is null ? PluginIsolationOptions.DefaultMemoryLimitBytes : ParseBytes(memoryLimit));

    /// <summary>The options for one audit's plugin processes.</summary>
    public PluginIsolationOptions For(int seed, TimeSpan loadTimeout) => new(Mode, PluginWorkerCommand.Self(), MemoryLimitBytes, loadTimeout, seed);

    // Binary units, as the runtime counts its heap; a plain number is bytes.
    private static long ParseBytes(string text)
    {
        var trimmed = text.Trim();
        var units = new (string Suffix, long Factor)[] { ("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10), ("G", 1L << 30), ("M", 1L << 20), ("K", 1L << 10) };
        var (suffix, factor) = units.FirstOrDefault(u => trimmed.EndsWith(u.Suffix, StringComparison.OrdinalIgnoreCase), (Suffix: string.Empty, Factor: 1L));
        var number = trimmed[..^suffix.Length].Trim();
        const long smallest = 64L << 20;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value * factor < smallest || value * factor > long.MaxValue / 2)
        {
            throw new InvalidAuditInputException($"--plugin-memory-limit must be a size of at least 64MiB such as 512MiB or 2GiB, not '{text}'", field: "--plugin-memory-limit");
        }

        return (long)(value * factor);
    }
}
