using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// Reads a plugin's assembly references before it is loaded, so what would fail in the middle of an audit (XAI0002, a
/// missing DLL) or bind to members the host lacks fails at load instead (XAI0001) with the name and version it needs.
/// <list type="bullet">
/// <item>The SDK: a plugin built against a newer SDK than the host's, by major or by minor version, is refused; SemVer lets
/// a minor version add members, and a plugin that uses one would fail only when it runs. Older SDKs within the same major
/// are served by the host's, which keeps their members. An older major is loaded too: if a member it uses is gone, its
/// check fails as XAI0002 naming the member.</item>
/// <item>Every other reference must resolve the way the plugin's load context will resolve it at run time: from the
/// plugin's folder (its <c>.deps.json</c> or a neighbouring DLL), else from the host.</item>
/// </list>
/// </summary>
internal static class PluginReferences
{
    private static readonly AssemblyName HostSdk = typeof(AuditCheck).Assembly.GetName();

    /// <summary>Why the plugin cannot run in this host, or <see langword="null"/> when every reference resolves; names from the plugin's metadata are cleaned.</summary>
    /// <param name="path">The plugin assembly.</param>
    /// <param name="context">The plugin's load context, which resolves from its folder.</param>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    /// <exception cref="BadImageFormatException">The file is not a readable assembly.</exception>
    public static string? FindProblem(string path, PluginLoadContext context)
    {
        var references = Read(path);
        var sdk = references.FirstOrDefault(r => string.Equals(r.Name, HostSdk.Name, StringComparison.Ordinal));
        if (sdk?.Version is { } built && HostSdk.Version is { } provided && IsNewer(built, provided))
        {
            return $"it was built against {HostSdk.Name} {Format(built)}; this host provides {Format(provided)}: use a host that provides {HostSdk.Name} {built.Major}.{built.Minor} or later, or build the plugin against {HostSdk.Name} {Format(provided)}";
        }

        var missing = references
            .Where(r => !string.Equals(r.Name, HostSdk.Name, StringComparison.Ordinal))
            .Where(r => !context.CanResolveFromFolder(r) && !HostProvides(r))
            .Select(r => $"{UntrustedText.Clean(r.Name ?? string.Empty)} {r.Version?.ToString() ?? "(no version)"}")
            .ToList();
        return missing.Count switch
        {
            0 => null,
            1 => $"it needs {missing[0]}, which is neither in the plugin's folder nor provided by the host; ship it beside the plugin (EnableDynamicLoading in its project copies dependencies on build)",
            _ => $"it needs {string.Join(", ", missing)}, which are neither in the plugin's folder nor provided by the host; ship them beside the plugin (EnableDynamicLoading in its project copies dependencies on build)",
        };
    }

    /// <summary>Whether a plugin built against <paramref name="built"/> may use members a host providing <paramref name="provided"/> lacks.</summary>
    /// <param name="built">The SDK version the plugin references.</param>
    /// <param name="provided">The host's SDK version.</param>
    /// <returns><see langword="true"/> when the plugin must be refused.</returns>
    internal static bool IsNewer(Version built, Version provided) =>
        built.Major > provided.Major || (built.Major == provided.Major && built.Minor > provided.Minor);

    private static List<AssemblyName> Read(string path)
    {
        using var stream = InputFile.OpenRead(path, "plugin file");
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return [];
        }

        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h).GetAssemblyName()).ToList();
    }

    // The fallback of the plugin's load context: the default context, which binds framework and host assemblies of the
    // same or a higher version. A success loads an assembly the plugin would load anyway when it runs.
    private static bool HostProvides(AssemblyName reference)
    {
        try
        {
            _ = AssemblyLoadContext.Default.LoadFromAssemblyName(reference);
            return true;
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return false;
        }
    }

    private static string Format(Version version) => version.ToString(3);
}
