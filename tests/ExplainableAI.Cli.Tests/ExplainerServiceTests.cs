using ExplainableAI.Core;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// <c>xai explain</c> reaches attribution through the <see cref="Sdk.IExplainer"/> a plugin registers, not through a
/// reference to the Attribution plugin: the tool works with whatever explainer its loaded plugins provide, and says so in
/// one line when none does. (The numbers it writes are those of <see cref="ExplainTests"/>, unchanged.)
/// </summary>
public sealed class ExplainerServiceTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "xgboost");
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_tool_does_not_reference_a_plugin_as_a_library()
    {
        var references = typeof(CliApplication).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain(references, name => name!.StartsWith("ExplainableAI.Plugins.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_built_in_attribution_plugin_registers_its_explainer_with_the_methods_explain_accepts()
    {
        var plugins = new PluginLoader().Load([PluginLoader.BuiltInDirectory]);

        var explainer = Assert.Single(plugins.Explainers);
        Assert.Equal("ShapExplainer", explainer.GetType().Name);
        Assert.Equal(["auto", "exact", "kernel", "permutation", "tree-path", "tree-interventional", "linear"], explainer.Methods);
    }

    [Fact]
    public async Task Without_a_plugin_that_provides_an_explainer_explain_says_so_in_one_line_and_writes_nothing()
    {
        // The tool as published, but without the Attribution plugin beside it: its own files copied (the host takes its
        // base folder from xai.dll's real path), everything else linked, every other built-in plugin kept.
        var app = temp.Combine("app");
        Directory.CreateDirectory(Path.Combine(app, "plugins"));
        foreach (var entry in Directory.EnumerateFileSystemEntries(AppContext.BaseDirectory))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith("xai.", StringComparison.Ordinal))
            {
                File.Copy(entry, Path.Combine(app, name));
            }
            else if (name != "plugins")
            {
                File.CreateSymbolicLink(Path.Combine(app, name), entry);
            }
        }

        foreach (var plugin in Directory.EnumerateDirectories(PluginLoader.BuiltInDirectory).Where(p => Path.GetFileName(p) != "ExplainableAI.Plugins.Attribution"))
        {
            Directory.CreateSymbolicLink(Path.Combine(app, "plugins", Path.GetFileName(plugin)), plugin);
        }

        var output = temp.Combine("shap.csv");
        var run = await ExternalCommand.RunAsync(
            "dotnet",
            [Path.Combine(app, "xai.dll"), "explain", "--model", Path.Combine(Fixtures, "xgb_binary_small.json"), "--data", Path.Combine(Fixtures, "xgb_binary_small.data.csv"), "--out", output],
            temp.Path,
            new Dictionary<string, string> { [PluginLoader.EnvironmentVariable] = string.Empty },
            TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            $"error: '--plugins': no loaded plugin provides an explainer (a class marked [Explainer]); the built-in Attribution plugin is missing from {Path.Combine(app, "plugins")}",
            run.Error.TrimEnd('\n'));
        Assert.False(File.Exists(output));
    }
}
