namespace ExplainableAI.Core.Tests;

/// <summary>
/// A plugin's references are read before it loads (#15): a dependency nobody provides and an SDK newer than the host's
/// fail the plugin at load (XAI0001) with what it needs, instead of failing a check in the middle of the audit.
/// </summary>
public sealed class PluginReferenceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("xai-plugin-references-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Dependency_neither_in_the_folder_nor_in_the_host_fails_the_plugin_at_load_naming_it()
    {
        MetadataOnlyAssembly.Write(folder, "Acme.Plugin", MetadataOnlyAssembly.Sdk(MetadataOnlyAssembly.HostSdk.Version!), ("Acme.Missing", new Version(1, 2, 3, 0)));

        var plugins = new PluginLoader().Load([folder]);

        var refused = Assert.Single(plugins.Failures);
        Assert.Equal(
            "it needs Acme.Missing 1.2.3.0, which is neither in the plugin's folder nor provided by the host; ship it beside the plugin (EnableDynamicLoading in its project copies dependencies on build)",
            refused.Error);
    }

    [Fact]
    public void Dependencies_from_the_folder_and_from_the_host_resolve_and_the_plugin_loads()
    {
        MetadataOnlyAssembly.Write(folder, "Acme.Helper");
        var runtime = typeof(object).Assembly.GetName();
        MetadataOnlyAssembly.Write(folder, "Acme.Plugin", MetadataOnlyAssembly.Sdk(MetadataOnlyAssembly.HostSdk.Version!), ("Acme.Helper", new Version(1, 0, 0, 0)), (runtime.Name!, runtime.Version!));

        var plugins = new PluginLoader().Load([folder]);

        var loaded = Assert.Single(plugins.Plugins);
        Assert.Null(loaded.Error);
        Assert.Equal("Acme.Plugin", loaded.Name);
    }

    [Theory]
    [InlineData(1, 0, 0, true)] // a new major may change anything
    [InlineData(0, 1, 0, true)] // a new minor may add members the host lacks
    [InlineData(0, 0, 1, false)] // a patch adds nothing
    [InlineData(0, 0, 0, false)]
    public void Plugin_built_against_a_newer_major_or_minor_SDK_is_refused_naming_both_versions(int major, int minor, int patch, bool refused)
    {
        var host = MetadataOnlyAssembly.HostSdk.Version!;
        var built = new Version(host.Major + major, host.Minor + minor, host.Build + patch, 0);
        MetadataOnlyAssembly.Write(folder, "Acme.Plugin", MetadataOnlyAssembly.Sdk(built));

        var error = Assert.Single(new PluginLoader().Load([folder]).Plugins).Error;

        if (refused)
        {
            Assert.Equal(
                $"it was built against ExplainableAI.Sdk {built.ToString(3)}; this host provides {host.ToString(3)}: use a host that provides ExplainableAI.Sdk {built.Major}.{built.Minor} or later, or build the plugin against ExplainableAI.Sdk {host.ToString(3)}",
                error);
        }
        else
        {
            Assert.Null(error);
        }
    }

    [Fact]
    public void Plugin_built_against_an_older_SDK_loads()
    {
        MetadataOnlyAssembly.Write(folder, "Acme.Plugin", MetadataOnlyAssembly.Sdk(new Version(0, 0, 1, 0)));

        Assert.Null(Assert.Single(new PluginLoader().Load([folder]).Plugins).Error);
    }
}
