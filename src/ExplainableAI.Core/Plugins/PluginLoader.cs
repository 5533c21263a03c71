using System.Reflection;
using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// Discovers and loads plugins: the built-in plugin folder, folders given with <c>--plugins</c>, and folders in the
/// <see cref="EnvironmentVariable"/> variable. Each plugin assembly gets its own load context.
/// </summary>
public sealed class PluginLoader
{
    /// <summary>Environment variable with extra plugin folders, separated by the platform's path separator.</summary>
    public const string EnvironmentVariable = "XAI_PLUGINS";

    /// <summary>The built-in plugin folder beside the host: <c>&lt;app&gt;/plugins</c>.</summary>
    public static string BuiltInDirectory => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>The folders to search: built-in, then the given ones, then the environment variable's.</summary>
    /// <param name="extraDirectories">Folders given on the command line.</param>
    /// <param name="environmentValue">The environment variable's value (pass <see langword="null"/> to read it).</param>
    /// <returns>The folders, without duplicates.</returns>
    public static IReadOnlyList<string> SearchDirectories(IEnumerable<string> extraDirectories, string? environmentValue = null)
    {
        var fromEnvironment = (environmentValue ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new[] { BuiltInDirectory }.Concat(extraDirectories).Concat(fromEnvironment)
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Loads every plugin found in the folders, in order. A plugin that cannot load, or that claims a rule ID already
    /// declared by the host or an earlier plugin, is recorded with the reason (XAI0001) and the others load: the
    /// built-in folder comes first, so its IDs are never lost to a later plugin.
    /// </summary>
    /// <param name="directories">Folders to search; the built-in folder may be absent, any other must exist.</param>
    /// <returns>The checks and a record of each plugin.</returns>
    /// <exception cref="InvalidAuditInputException">A given folder does not exist.</exception>
    public PluginSet Load(IEnumerable<string> directories) => Load(directories, (path, _) => LoadOne(path));

    /// <summary>Loads every plugin found in the folders with <paramref name="loadOne"/> (given the file and its folder), so a plugin can be loaded in a process of its own.</summary>
    internal static PluginSet Load(IEnumerable<string> directories, Func<string, string, (IReadOnlyList<LoadedCheck> Checks, IReadOnlyList<IModelAdapter> Adapters, IReadOnlyList<IExplainer> Explainers, PluginRecord Record)> loadOne)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var checks = new List<LoadedCheck>();
        var adapters = new List<IModelAdapter>();
        var explainers = new List<IExplainer>();
        var records = new List<PluginRecord>();
        var owners = new RuleIdOwners();
        var builtIn = Path.GetFullPath(BuiltInDirectory);
        foreach (var directory in directories)
        {
            var isBuiltIn = string.Equals(Path.GetFullPath(directory), builtIn, StringComparison.Ordinal);
            if (!Directory.Exists(directory))
            {
                if (isBuiltIn)
                {
                    continue;
                }

                throw new InvalidAuditInputException("plugin folder does not exist", file: directory);
            }

            foreach (var path in PluginCandidateScanner.Scan(directory))
            {
                var (loaded, pluginAdapters, pluginExplainers, record) = loadOne(path, directory);
                if (record.Error is null && owners.Claim(record.Name, [.. loaded.Select(c => c.Check)], isBuiltIn) is { } clash)
                {
                    records.Add(record with { Checks = [], Error = clash });
                    continue;
                }

                checks.AddRange(loaded);
                adapters.AddRange(pluginAdapters);
                explainers.AddRange(pluginExplainers);
                records.Add(record);
            }
        }

        return new PluginSet(checks, records) { Adapters = adapters, Explainers = explainers };
    }

    /// <summary>
    /// Wraps checks compiled into the caller (for tests and the verifier kit) as a plugin set. They count as built-in:
    /// the caller chose them, so they may use <c>XAI</c> IDs.
    /// </summary>
    /// <param name="checks">The checks.</param>
    /// <returns>The plugin set.</returns>
    /// <exception cref="InvalidOperationException">Two of the checks declare one rule ID, or one declares a host rule's ID.</exception>
    public static PluginSet FromInstances(IEnumerable<AuditCheck> checks)
    {
        var loaded = checks.Select(c => new LoadedCheck(c, c.GetType().Assembly.GetName().Name ?? "in-process") { Translations = CatalogResources.Load(c.GetType().Assembly) }).ToList();

        // The caller's own checks: a clash is a programmer error in the test, not something to report and go on from.
        if (new RuleIdOwners().Claim("in-process", [.. loaded.Select(c => c.Check)], builtIn: true) is { } clash)
        {
            throw new InvalidOperationException(clash);
        }

        var plugins = loaded.GroupBy(c => c.Check.GetType().Assembly)
            .Select(g => new PluginRecord(g.Key.GetName().Name ?? "in-process", VersionOf(g.Key), g.Key.Location, string.Empty, g.Select(c => c.Check.Name).ToList()))
            .ToList();
        return new PluginSet(loaded, plugins);
    }

    /// <summary>
    /// The checks an assembly exports: public, non-abstract <see cref="AuditCheck"/> types marked
    /// <see cref="AuditCheckAttribute"/>, created with their parameterless constructor, in ordinal order of full name.
    /// The host uses it on every plugin; plugin tests use it to assert conventions over all of a plugin's checks.
    /// </summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>New check instances.</returns>
    public static IReadOnlyList<AuditCheck> DiscoverChecks(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return Discover<AuditCheck, AuditCheckAttribute>(assembly, "Check");
    }

    /// <summary>Loads one plugin assembly in this process, or records why it cannot be.</summary>
    internal static (IReadOnlyList<LoadedCheck> Checks, IReadOnlyList<IModelAdapter> Adapters, IReadOnlyList<IExplainer> Explainers, PluginRecord Record) LoadOne(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var sha = Sha256Of(path);
        try
        {
            // Read before loading: a plugin that would end the process is refused before any of its code runs.
            if (ProcessExitScanner.FindProcessExit(path) is { } exit)
            {
                return ([], [], [], new PluginRecord(name, string.Empty, path, sha, [], exit));
            }

            // Also before loading: a newer SDK or a dependency nobody provides fails here, not in the middle of the audit.
            var context = new PluginLoadContext(path);
            if (PluginReferences.FindProblem(path, context) is { } unresolved)
            {
                return ([], [], [], new PluginRecord(name, string.Empty, path, sha, [], unresolved));
            }

            var assembly = context.LoadFromAssemblyPath(path);
            name = assembly.GetName().Name ?? name;
            var checks = DiscoverChecks(assembly);
            foreach (var check in checks)
            {
                // Touch the descriptors now so a malformed rule fails the plugin's load, not the middle of an audit.
                _ = check.Rules.Count;
            }

            var adapters = Discover<IModelAdapter, ModelAdapterAttribute>(assembly, "Model adapter");
            var explainers = Discover<IExplainer, ExplainerAttribute>(assembly, "Explainer");
            // A malformed catalog fails the plugin's load like a malformed rule: its author's own tests show it first.
            var translations = CatalogResources.Load(assembly);
            var loaded = checks.Select(c => new LoadedCheck(c, name) { Translations = translations }).ToList();
            return (loaded, adapters, explainers, new PluginRecord(name, VersionOf(assembly), path, sha, checks.Select(c => c.Name).ToList()));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ([], [], [], new PluginRecord(name, string.Empty, path, sha, [], LoadFailureReason.Of(ex)));
        }
    }

    // What a plugin offers the host (checks, model adapters, explainers): public, non-abstract types marked for
    // discovery, created with their parameterless constructor, in ordinal order of full name.
    private static List<TService> Discover<TService, TAttribute>(Assembly assembly, string what)
        where TAttribute : Attribute =>
        assembly.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<TAttribute>() is not null)
            .Where(t => typeof(TService).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (TService)(Activator.CreateInstance(t)
                ?? throw new InvalidOperationException($"{what} type {t.FullName} could not be created.")))
            .ToList();

    private static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    private static string Sha256Of(string path)
    {
        using var stream = InputFile.OpenRead(path, "plugin file");
        return Sha256Hex.Of(stream);
    }
}
