using System.Reflection;
using System.Runtime.Loader;

namespace ExplainableAI.Core;

/// <summary>
/// One plugin's private load context. It shares only the SDK with the host (so <c>AuditCheck</c> is the same type on
/// both sides) and resolves everything else from the plugin's own folder, so a plugin's dependencies cannot clash
/// with the host's or another plugin's.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private static readonly string SdkName = typeof(Sdk.AuditCheck).Assembly.GetName().Name!;
    private readonly AssemblyDependencyResolver resolver;
    private readonly string directory;

    public PluginLoadContext(string pluginPath)
        : base(name: Path.GetFileNameWithoutExtension(pluginPath), isCollectible: false)
    {
        resolver = new AssemblyDependencyResolver(pluginPath);
        directory = Path.GetDirectoryName(pluginPath)!;
    }

    /// <summary>Whether the plugin's own folder holds the assembly (its <c>.deps.json</c> or a neighbouring DLL).</summary>
    /// <param name="assemblyName">The reference.</param>
    /// <returns><see langword="true"/> when <see cref="Load"/> would load it from the folder.</returns>
    public bool CanResolveFromFolder(AssemblyName assemblyName) => FolderPath(assemblyName) is not null;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (string.Equals(assemblyName.Name, SdkName, StringComparison.Ordinal))
        {
            // Defer to the default context: the host's SDK is the one contract every plugin shares.
            return null;
        }

        return FolderPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    private string? FolderPath(AssemblyName assemblyName)
    {
        var path = resolver.ResolveAssemblyToPath(assemblyName);
        if (path is null && assemblyName.Name is not null)
        {
            // Plugins copied without a .deps.json still find their neighbours.
            var candidate = Path.Combine(directory, assemblyName.Name + ".dll");
            path = File.Exists(candidate) ? candidate : null;
        }

        return path;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
