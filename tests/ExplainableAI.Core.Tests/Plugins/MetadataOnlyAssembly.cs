using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ExplainableAI.Core.Tests;

/// <summary>
/// Writes an assembly that is metadata only: a name and the references it declares, no types. The host reads a plugin's
/// references before loading it, so this is all a test of those reads needs, with exact versions and without a build.
/// </summary>
internal static class MetadataOnlyAssembly
{
    /// <summary>The SDK this host provides, the one every plugin candidate references.</summary>
    public static AssemblyName HostSdk { get; } = typeof(Sdk.AuditCheck).Assembly.GetName();

    /// <summary>Writes <c>name.dll</c> into the folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="name">The assembly's simple name.</param>
    /// <param name="references">The assemblies it references, with their versions.</param>
    /// <returns>The file's path.</returns>
    public static string Write(string folder, string name, params (string Name, Version Version)[] references)
    {
        var metadata = new MetadataBuilder();
        metadata.AddModule(0, metadata.GetOrAddString(name + ".dll"), metadata.GetOrAddGuid(Guid.NewGuid()), default, default);
        metadata.AddAssembly(metadata.GetOrAddString(name), new Version(1, 0, 0, 0), default, default, 0, AssemblyHashAlgorithm.Sha1);
        foreach (var (reference, version) in references)
        {
            metadata.AddAssemblyReference(metadata.GetOrAddString(reference), version, default, default, default, default);
        }

        // Every module has the <Module> type, even one without code.
        metadata.AddTypeDefinition(default, default, metadata.GetOrAddString("<Module>"), default, MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));
        var image = new BlobBuilder();
        new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(metadata), new BlobBuilder()).Serialize(image);
        var path = Path.Combine(folder, name + ".dll");
        using var file = File.Create(path);
        image.WriteContentTo(file);
        return path;
    }

    /// <summary>A reference to the SDK at the given version.</summary>
    /// <param name="version">The version the plugin was built against.</param>
    /// <returns>The reference.</returns>
    public static (string Name, Version Version) Sdk(Version version) => (HostSdk.Name!, version);
}
