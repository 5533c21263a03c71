using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// Finds plugin assemblies in a folder by reading metadata only: an assembly that references the SDK is a plugin
/// candidate; its dependencies are not. Nothing is loaded until the candidate is chosen.
/// </summary>
internal static class PluginCandidateScanner
{
    private static readonly string SdkName = typeof(Sdk.AuditCheck).Assembly.GetName().Name!;

    /// <summary>Plugin candidates in a folder and its immediate subfolders, in ordinal path order.</summary>
    public static IReadOnlyList<string> Scan(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*.dll", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateDirectories(directory).SelectMany(d => Directory.EnumerateFiles(d, "*.dll", SearchOption.TopDirectoryOnly)));
        return files
            .Where(f => !string.Equals(Path.GetFileNameWithoutExtension(f), SdkName, StringComparison.Ordinal))
            .Where(ReferencesSdk)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool ReferencesSdk(string path)
    {
        try
        {
            using var stream = InputFile.OpenRead(path, "plugin file");
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return false;
            }

            var reader = pe.GetMetadataReader();
            foreach (var handle in reader.AssemblyReferences)
            {
                if (reader.StringComparer.Equals(reader.GetAssemblyReference(handle).Name, SdkName))
                {
                    return true;
                }
            }

            return false;
        }
        catch (BadImageFormatException)
        {
            // A .dll that cannot even be read is most likely a damaged plugin: let the load fail and be reported
            // (XAI0001) rather than vanish. Native libraries are still skipped above: they read, but have no metadata.
            return true;
        }
    }
}
