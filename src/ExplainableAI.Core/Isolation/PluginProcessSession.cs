using System.Text;
using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// The plugin processes of one audit: loads plugins (each plugin to be isolated in a process of its own, the others in
/// the host), writes the audit's datasets once as column files that every plugin process reads, collects the plugins'
/// console output for <c>plugins.log</c>, and ends every process when disposed, so none outlives the audit.
/// </summary>
public sealed class PluginProcessSession : IAsyncDisposable
{
    private readonly List<PluginProcess> processes = [];
    private readonly Dictionary<TabularData, WireDataset> datasets = new(ReferenceEqualityComparer.Instance);
    private readonly Lock gate = new();
    private DirectoryInfo? folder;

    /// <summary>Creates a session; nothing starts until <see cref="Load"/>.</summary>
    /// <param name="options">How plugin processes are started and limited.</param>
    public PluginProcessSession(PluginIsolationOptions options) => Options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>How plugin processes are started and limited.</summary>
    public PluginIsolationOptions Options { get; }

    /// <summary>The name of the console log in the report set: <c>plugins.log</c>.</summary>
    public static string ConsoleLogName => ConsoleCapture.FileName;

    /// <summary>What the plugin processes wrote to their console, as UTF-8 text for <see cref="ConsoleLogName"/>, or <see langword="null"/> when they wrote nothing.</summary>
    public byte[]? ConsoleLog => Console.Text is { } text ? Encoding.UTF8.GetBytes(text) : null;

    internal ConsoleCapture Console { get; } = new();

    /// <summary>Loads every plugin in the folders: in a process of its own where <see cref="Options"/> says so, else in the host.</summary>
    /// <param name="directories">Folders to search (see <see cref="PluginLoader.SearchDirectories"/>).</param>
    /// <param name="cancellationToken">Cancels loading (Ctrl+C).</param>
    /// <returns>The checks (isolated ones as proxies) and a record of each plugin.</returns>
    /// <exception cref="InvalidAuditInputException">A given folder does not exist, or two rules share an ID.</exception>
    public PluginSet Load(IEnumerable<string> directories, CancellationToken cancellationToken) =>
        PluginLoader.Load(directories, (path, directory) => Options.Isolates(directory) ? LoadIsolated(path, cancellationToken) : PluginLoader.LoadOne(path));

    /// <summary>The plugin records with <c>consoleLog</c> set for each plugin that wrote to its console.</summary>
    /// <param name="plugins">The report's plugin records.</param>
    /// <returns>The records, annotated.</returns>
    public IReadOnlyList<PluginRecord> Annotate(IReadOnlyList<PluginRecord> plugins)
    {
        ArgumentNullException.ThrowIfNull(plugins);
        var writers = Console.Writers;
        return [.. plugins.Select(p => writers.Contains(p.Name) ? p with { ConsoleLog = ConsoleLogName } : p)];
    }

    /// <summary>Ends every plugin process and waits for its output, so <see cref="ConsoleLog"/> is complete.</summary>
    /// <returns>A task that completes when they have ended.</returns>
    public async Task StopAsync()
    {
        foreach (var process in processes)
        {
            await process.DisposeAsync().ConfigureAwait(false);
        }

        processes.Clear();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        folder?.Delete(recursive: true);
    }

    /// <summary>The dataset's column file, written the first time any plugin process needs it.</summary>
    internal WireDataset Dataset(TabularData data)
    {
        lock (gate)
        {
            if (!datasets.TryGetValue(data, out var written))
            {
                // Created private to this user (0700): the data may be patients'.
                folder ??= Directory.CreateTempSubdirectory("xai-plugins-");
                written = ColumnFile.Write(data, Path.Combine(folder.FullName, $"dataset-{datasets.Count}.columns"));
                datasets[data] = written;
            }

            return written;
        }
    }

    private (IReadOnlyList<LoadedCheck> Checks, IReadOnlyList<IModelAdapter> Adapters, IReadOnlyList<IExplainer> Explainers, PluginRecord Record) LoadIsolated(string path, CancellationToken cancellationToken)
    {
        var process = new PluginProcess(path, this);
        processes.Add(process);
        WirePlugin plugin;
        try
        {
            plugin = process.StartAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (PluginProcessException ex)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            return ([], [], [], new PluginRecord(name, string.Empty, path, string.Empty, [], ex.Message));
        }

        if (plugin.Record.Error is not null)
        {
            return ([], [], [], plugin.Record);
        }

        var translations = new SortedDictionary<string, TranslationCatalog>(StringComparer.Ordinal);
        foreach (var catalog in plugin.Catalogs)
        {
            translations[catalog.Language] = TranslationCatalog.Parse(catalog.Json, catalog.Language, catalog.Source);
        }

        // A model adapter loads the model every check shares, so it runs where the model lives: in the host.
        var adapters = plugin.HasAdapters ? PluginLoader.LoadOne(path).Adapters : [];
        var checks = plugin.Checks.Select(c => new LoadedCheck(new IsolatedCheck(c, process), plugin.Record.Name) { Translations = translations }).ToList();
        // Explainers stay in the plugin's process: an audit has no use for them, and xai explain loads its plugins itself.
        return (checks, adapters, [], plugin.Record);
    }
}
