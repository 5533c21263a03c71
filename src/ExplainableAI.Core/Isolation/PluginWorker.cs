using System.IO.Pipes;
using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// The plugin side of process isolation (<c>xai plugin-worker</c>): loads ONE plugin assembly with the host's own
/// <see cref="PluginLoader"/> (the same IL scan and validation), tells the host what it loaded, then runs the checks the
/// host asks for and sends back their findings, measurements, skips and progress. Its standard output and error are the
/// plugin's console, captured by the host; it speaks to the host only over the private pipe. When the host goes away
/// (the pipe closes) it ends at once, so no plugin process outlives its audit.
/// </summary>
public static class PluginWorker
{
    /// <summary>Serves one plugin until the host closes the pipe.</summary>
    /// <param name="pipeName">The host's pipe.</param>
    /// <param name="pluginPath">The plugin assembly.</param>
    /// <returns>The process exit code: 0 when the host closed the pipe.</returns>
    public static async Task<int> RunAsync(string pipeName, string pluginPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(pipeName);
        ArgumentException.ThrowIfNullOrEmpty(pluginPath);
        var pipe = new NamedPipeClientStream(".", pipeName, PipeDirection.InOut, PipeOptions.Asynchronous | PipeOptions.CurrentUserOnly);
        await pipe.ConnectAsync(TimeSpan.FromSeconds(30), CancellationToken.None).ConfigureAwait(false);
        await using var channel = new WorkerChannel(pipe);
        var (checks, adapters, _, record) = PluginLoader.LoadOne(pluginPath);
        var catalogs = checks.Count == 0 ? [] : CatalogResources.Texts(checks[0].Check.GetType().Assembly).Select(t => new WireCatalog(t.Language, t.Source, t.Json)).ToList();
        var loaded = new WirePlugin(
            record,
            [.. checks.Select(c => new WireCheck(c.Check.Name, c.Check.RequiredInputs, [.. c.Check.Rules.Select(WireRule.From)]))],
            catalogs,
            adapters.Count > 0);
        await channel.SendAsync(new WireMessage("loaded") { Loaded = loaded }, CancellationToken.None).ConfigureAwait(false);

        var byName = checks.GroupBy(c => c.Check.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Check, StringComparer.Ordinal);
        var requests = new WorkerRequests(channel);
        var datasets = new Dictionary<string, TabularData>(StringComparer.Ordinal);
        while (await channel.ReceiveAsync(CancellationToken.None).ConfigureAwait(false) is ({ } message, { } payload))
        {
            switch (message.Type)
            {
                case "run":
                    var run = message.Run!;
                    var context = new WorkerCheckContext(run, byName[run.Check], Dataset(run.Evaluation), run.Reference is null ? null : Dataset(run.Reference), requests, channel);
                    // Not awaited: the loop must go on reading the host's replies to the check's own requests.
                    _ = Task.Run(() => RunCheckAsync(context, channel));
                    break;
                case "reply":
                    requests.Complete(message, payload);
                    break;
                default:
                    throw new InvalidDataException($"unexpected message '{message.Type}' from the host");
            }
        }

        return 0;

        TabularData Dataset(WireDataset dataset)
        {
            // Every check of the plugin reads the same columns: read them once per process.
            if (!datasets.TryGetValue(dataset.File, out var data))
            {
                data = ColumnFile.Read(dataset);
                datasets[dataset.File] = data;
            }

            return data;
        }
    }

    private static async Task RunCheckAsync(WorkerCheckContext context, WorkerChannel channel)
    {
        WireMessage outcome;
        try
        {
            // The host enforces the timeout by ending this process, so the check's token never fires here.
            await context.Check.RunAsync(context, CancellationToken.None).ConfigureAwait(false);
            outcome = new WireMessage("done");
        }
        catch (Exception ex)
        {
            // The frames are read here, where the plugin's assembly is: the host sees only its own side of the pipe.
            outcome = new WireMessage("failed") { ErrorType = ex.GetType().FullName, Text = ex.Message, StackTrace = PluginStackTrace.Of(ex, context.Check.GetType().Assembly) };
        }

        await channel.SendAsync(outcome, CancellationToken.None).ConfigureAwait(false);
    }
}
