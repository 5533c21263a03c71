using System.IO.Compression;
using System.Xml.Linq;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// Runs build/pack.sh once into a temporary feed folder, as a plugin author would, and exposes the packages in it.
/// The pack builds in a temporary folder of its own, so nothing is left in the repository.
/// </summary>
public sealed class LocalFeedFixture : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("xai-feed-").FullName;

    /// <summary>The feed folder holding the .nupkg files.</summary>
    public string Feed => Path.Combine(root, "feed");

    /// <summary>Environment for every dotnet command the tests start: no MSBuild nodes left behind, no first-run text.</summary>
    public static IReadOnlyDictionary<string, string> DotnetEnvironment { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    public async Task InitializeAsync()
    {
        var pack = await ExternalCommand.RunAsync(
            "bash", [Path.Combine(RepositoryPaths.Root, "build", "pack.sh"), Feed], RepositoryPaths.Root, DotnetEnvironment, TimeSpan.FromMinutes(10));
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"build/pack.sh failed:\n{pack}");
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The path of the one package with this ID in the feed.</summary>
    public string Package(string id) =>
        Assert.Single(Directory.GetFiles(Feed, "*.nupkg"), f => Path.GetFileName(f).StartsWith(id + ".", StringComparison.Ordinal) && char.IsDigit(Path.GetFileName(f)[id.Length + 1]));

    /// <summary>The package's .nuspec metadata element.</summary>
    public XElement Metadata(string id)
    {
        using var package = ZipFile.OpenRead(Package(id));
        var nuspec = Assert.Single(package.Entries, e => e.FullName == id + ".nuspec");
        using var stream = nuspec.Open();
        var document = XDocument.Load(stream);
        return document.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    /// <summary>The package's file names.</summary>
    public IReadOnlyList<string> Entries(string id)
    {
        using var package = ZipFile.OpenRead(Package(id));
        return package.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>Extracts one file of a package into <paramref name="folder"/> and returns its path.</summary>
    public string Extract(string id, string entry, string folder)
    {
        using var package = ZipFile.OpenRead(Package(id));
        var path = Path.Combine(folder, Path.GetFileName(entry));
        Assert.Single(package.Entries, e => e.FullName == entry).ExtractToFile(path, overwrite: true);
        return path;
    }
}

[CollectionDefinition(Name)]
public sealed class LocalFeedCollection : ICollectionFixture<LocalFeedFixture>
{
    public const string Name = "local package feed";
}
