namespace ExplainableAI.Core;

/// <summary>How plugin processes are started and limited.</summary>
/// <param name="Mode">Which plugins run in a process of their own.</param>
/// <param name="Worker">The command that starts a plugin process; <c>--pipe NAME --plugin PATH</c> is appended.</param>
/// <param name="MemoryLimitBytes">The managed heap limit of each plugin process (<c>DOTNET_GCHeapHardLimit</c>).</param>
/// <param name="LoadTimeout">How long a plugin process may take to start and load its plugin.</param>
/// <param name="Seed">The audit seed, from which each check's random source derives as in process.</param>
public sealed record PluginIsolationOptions(PluginIsolation Mode, WorkerCommand Worker, long MemoryLimitBytes, TimeSpan LoadTimeout, int Seed)
{
    /// <summary>The default memory limit of a plugin process: 2 GiB.</summary>
    public const long DefaultMemoryLimitBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>Whether plugins of this folder run in a process of their own.</summary>
    /// <param name="directory">A plugin folder (full path).</param>
    /// <returns><see langword="true"/> to isolate.</returns>
    public bool Isolates(string directory) => Mode switch
    {
        PluginIsolation.None => false,
        PluginIsolation.Process => true,
        _ => !string.Equals(Path.GetFullPath(directory), Path.GetFullPath(PluginLoader.BuiltInDirectory), StringComparison.Ordinal),
    };
}
