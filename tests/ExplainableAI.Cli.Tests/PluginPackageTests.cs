using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// The packages build/pack.sh writes keep the versioning policy of docs/plugin-packages.md: one SemVer version for the
/// SDK, the test kit and the template; the SDK's assembly version is major.minor.0.0, so a patch never breaks binding.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed partial class PluginPackageTests(LocalFeedFixture feed) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Sdk_package_has_a_semver_version_and_an_assembly_version_of_major_minor_0_0()
    {
        var version = SemVer().Match(PackageVersion("ExplainableAI.Sdk"));
        Assert.True(version.Success, $"'{PackageVersion("ExplainableAI.Sdk")}' is not major.minor.patch[-prerelease]");
        var (major, minor, patch) = (int.Parse(version.Groups[1].Value), int.Parse(version.Groups[2].Value), int.Parse(version.Groups[3].Value));

        var dll = feed.Extract("ExplainableAI.Sdk", "lib/net10.0/ExplainableAI.Sdk.dll", temp.Path);

        Assert.Equal(new Version(major, minor, 0, 0), AssemblyName.GetAssemblyName(dll).Version);
        Assert.Equal($"{major}.{minor}.{patch}.0", FileVersionInfo.GetVersionInfo(dll).FileVersion);
        Assert.Contains("lib/net10.0/ExplainableAI.Sdk.xml", feed.Entries("ExplainableAI.Sdk"));
        Assert.Empty(Dependencies("ExplainableAI.Sdk"));
    }

    [Fact]
    public void Host_shares_an_sdk_whose_assembly_version_is_the_packed_one()
    {
        // A plugin compiled against the package binds to the host's SDK only if the host's is at least as new.
        var packed = AssemblyName.GetAssemblyName(feed.Extract("ExplainableAI.Sdk", "lib/net10.0/ExplainableAI.Sdk.dll", temp.Path)).Version;

        Assert.Equal(packed, typeof(AuditCheck).Assembly.GetName().Version);
    }

    [Fact]
    public void Testing_kit_has_the_sdk_version_depends_on_exactly_that_sdk_and_carries_the_engine()
    {
        var sdk = PackageVersion("ExplainableAI.Sdk");

        Assert.Equal(sdk, PackageVersion("ExplainableAI.Testing"));
        var dependencies = Dependencies("ExplainableAI.Testing");
        Assert.Equal($"[{sdk}]", dependencies["ExplainableAI.Sdk"]);
        Assert.Contains("YamlDotNet", dependencies.Keys);
        Assert.Contains("Microsoft.Extensions.Hosting", dependencies.Keys);
        Assert.DoesNotContain(dependencies.Keys, id => id is "ExplainableAI.Core" or "ExplainableAI.Data");
        Assert.Equal(
            ["lib/net10.0/ExplainableAI.Core.dll", "lib/net10.0/ExplainableAI.Core.xml", "lib/net10.0/ExplainableAI.Testing.dll", "lib/net10.0/ExplainableAI.Testing.xml"],
            feed.Entries("ExplainableAI.Testing").Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Template_package_has_the_sdk_version_and_generates_projects_against_it()
    {
        var sdk = PackageVersion("ExplainableAI.Sdk");
        var metadata = feed.Metadata("ExplainableAI.Templates");

        Assert.Equal(sdk, PackageVersion("ExplainableAI.Templates"));
        Assert.Equal("Template", metadata.Elements().Single(e => e.Name.LocalName == "packageTypes").Elements().Single().Attribute("name")?.Value);
        using var config = JsonDocument.Parse(File.ReadAllText(feed.Extract("ExplainableAI.Templates", "content/xai-plugin/.template.config/template.json", temp.Path)));
        Assert.Equal("xai-plugin", config.RootElement.GetProperty("shortName").GetString());
        Assert.Equal(sdk, config.RootElement.GetProperty("symbols").GetProperty("sdkVersion").GetProperty("defaultValue").GetString());
    }

    [Fact]
    public void Every_package_has_its_readme_and_a_description()
    {
        foreach (var id in (string[])["ExplainableAI.Sdk", "ExplainableAI.Testing", "ExplainableAI.Templates"])
        {
            var metadata = feed.Metadata(id);
            Assert.Equal("README.md", Element(metadata, "readme"));
            Assert.Contains("README.md", feed.Entries(id));
            Assert.False(string.IsNullOrWhiteSpace(Element(metadata, "description")), id);
        }
    }

    private string PackageVersion(string id) => Element(feed.Metadata(id), "version")!;

    private Dictionary<string, string> Dependencies(string id) =>
        feed.Metadata(id).Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => e.Attribute("id")!.Value, e => e.Attribute("version")!.Value, StringComparer.Ordinal);

    private static string? Element(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVer();
}
