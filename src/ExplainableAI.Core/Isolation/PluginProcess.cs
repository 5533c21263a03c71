using System.Diagnostics;
using System.Globalization;
using System.IO.Pipes;
using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// The host's end of one plugin process: starts it, reads what it loaded, runs its checks one at a time, and ends it
/// when a check's time runs out or the audit is cancelled. A process that ended is started again for the plugin's
/// next check, so one crash costs one check, not the plugin's others.
/// </summary>
internal sealed class PluginProcess : IAsyncDisposable
{
    private const int StderrTail = 64;
    private readonly string path;
    private readonly PluginProcessSession session;
    private readonly SemaphoreSlim running = new(1, 1);
    private readonly Queue<string> stderr = new();
    private Process? process;
    private WorkerChannel? channel;
    private string name;

    public PluginProcess(string path, PluginProcessSession session)
    {
        this.path = path;
        this.session = session;
        name = Path.GetFileNameWithoutExtension(path);
    }

    /// <summary>Starts the process and waits for what it loaded.</summary>
    public async Task<WirePlugin> StartAsync(CancellationToken cancellationToken)
    {
        var options = session.Options;
        var pipeName = "xai-" + Guid.NewGuid().ToString("N")[..16];
        var server = new NamedPipeServerStream(pipeName, PipeDirection.InOut, 1, PipeTransmissionMode.Byte, PipeOptions.Asynchronous | PipeOptions.CurrentUserOnly);
        var start = new ProcessStartInfo(options.Worker.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in options.Worker.Arguments.Concat(["--pipe", pipeName, "--plugin", path]))
        {
            start.ArgumentList.Add(argument);
        }

        // The runtime's own hard limit: past it an allocation throws OutOfMemoryException in the plugin process.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + options.MemoryLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        lock (stderr)
        {
            stderr.Clear();
        }

        var started = new Process { StartInfo = start };
        started.OutputDataReceived += (_, e) => Captured("stdout", e.Data);
        started.ErrorDataReceived += (_, e) => Captured("stderr", e.Data);
        started.Start();
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();

        // A plugin that reads the console gets end-of-file, never the user's keyboard.
        started.StandardInput.Close();
        process = started;

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.LoadTimeout);
        using var kill = limit.Token.Register(Kill);
        try
        {
            var connected = server.WaitForConnectionAsync(limit.Token);
            await Task.WhenAny(connected, started.WaitForExitAsync(CancellationToken.None)).ConfigureAwait(false);
            if (!connected.IsCompletedSuccessfully)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new PluginProcessException(await EndedAsync("while loading the plugin").ConfigureAwait(false));
            }

            channel = new WorkerChannel(server);
            var loaded = await ReceiveAsync(limit.Token).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (loaded?.Message.Loaded is not { } plugin)
            {
                throw new PluginProcessException(limit.IsCancellationRequested
                    ? $"the plugin process did not load the plugin within {options.LoadTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s"
                    : await EndedAsync("while loading the plugin").ConfigureAwait(false));
            }

            name = plugin.Record.Name;
            return plugin;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PluginProcessException(await EndedAsync("while loading the plugin").ConfigureAwait(false));
        }
    }

    /// <summary>Runs one check in the process and replays what it publishes into the engine's context.</summary>
    public async Task RunAsync(IsolatedCheck check, CheckContext context, CancellationToken cancellationToken)
    {
        await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (process is null || process.HasExited || channel is null)
            {
                await RestartAsync(check, cancellationToken).ConfigureAwait(false);
            }

            await RunStartedAsync(check, context, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            running.Release();
        }
    }

    /// <summary>Ends the process (and anything it started).</summary>
    public void Kill()
    {
        try
        {
            process?.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already ended.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        if (process is not null)
        {
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            process.Dispose();
        }

        if (channel is not null)
        {
            await channel.DisposeAsync().ConfigureAwait(false);
        }

        running.Dispose();
    }

    private async Task RestartAsync(IsolatedCheck check, CancellationToken cancellationToken)
    {
        await StopAsync().ConfigureAwait(false);
        try
        {
            var plugin = await StartAsync(cancellationToken).ConfigureAwait(false);
            if (plugin.Record.Error is { } error)
            {
                throw new PluginProcessException($"the plugin process was started again for check {check.Name} but could not load the plugin: {error}");
            }
        }
        catch (PluginProcessException ex) when (!ex.Message.StartsWith("the plugin process was started again", StringComparison.Ordinal))
        {
            throw new PluginProcessException($"the plugin process was started again for check {check.Name} but {ex.Message}", ex);
        }
    }

    private async Task StopAsync()
    {
        if (process is not null)
        {
            Kill();
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            process.Dispose();
            process = null;
        }

        if (channel is not null)
        {
            await channel.DisposeAsync().ConfigureAwait(false);
            channel = null;
        }
    }

    private async Task RunStartedAsync(IsolatedCheck check, CheckContext context, CancellationToken cancellationToken)
    {
        var rules = check.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var model = context.Model is { } m ? new WireModel(m.Format, m.Task, m.Features, m.Classes, m.HasMargin) : null;
        var run = new WireRun(
            check.Name,
            session.Options.Seed,
            context.Registration,
            WireRun.OptionValues(check.Rules, context),
            session.Dataset(context.Evaluation),
            context.Reference is null ? null : session.Dataset(context.Reference),
            model)
        {
            Cohorts = context.Cohorts,
        };

        // The check's timeout and Ctrl+C end the process: a check that spins or blocks cannot ignore them.
        using var kill = cancellationToken.Register(Kill);
        await channel!.SendAsync(new WireMessage("run") { Run = run }, CancellationToken.None).ConfigureAwait(false);
        var finished = false;
        Exception? failure;
        try
        {
            failure = await ReplayAsync(check, context, rules, cancellationToken).ConfigureAwait(false);
            finished = true;
        }
        finally
        {
            if (!finished)
            {
                // The check was abandoned mid-run (the host refused a finding, or time ran out): what the process would
                // still send belongs to no check, so it is ended and the plugin's next check gets a fresh one.
                Kill();
            }
        }

        if (failure is not null)
        {
            throw failure;
        }
    }

    /// <summary>Replays the run's messages until the check ends: <see langword="null"/> when it completed, else what it threw; the process is then ready for the next check.</summary>
    private async Task<Exception?> ReplayAsync(IsolatedCheck check, CheckContext context, Dictionary<string, RuleDescriptor> rules, CancellationToken cancellationToken)
    {
        while (true)
        {
            var received = await ReceiveAsync(CancellationToken.None).ConfigureAwait(false);
            if (received is not ({ } message, { } payload))
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new PluginProcessException(await EndedAsync($"during check {check.Name}").ConfigureAwait(false));
            }

            switch (message.Type)
            {
                case "report":
                    context.Report(rules[message.Rule!], message.Location!, message.Evidence ?? Evidence.None, [.. message.Arguments!.Select(a => a.ToValue())]);
                    break;
                case "measure":
                    var measured = message.Measurement!;
                    context.Measure(measured.Name, measured.Value, measured.Subject, measured.Lower, measured.Upper);
                    break;
                case "skip":
                    context.Skip(message.Text!);
                    break;
                case "progress":
                    context.ReportProgress(message.Fraction);
                    break;
                case "predictions":
                    await AnswerAsync(message.Id, () => new ValueTask<Predictions>(context.GetPredictionsAsync(cancellationToken).AsTask()), cancellationToken).ConfigureAwait(false);
                    break;
                case "predict":
                    var features = context.Model?.Features ?? [];
                    await AnswerAsync(
                        message.Id,
                        () => new ValueTask<Predictions>(context.Model!.Predict(new FeatureMatrix(features, WorkerChannel.Doubles(payload, 0, payload.Length / sizeof(double)), message.Levels!), cancellationToken)),
                        cancellationToken).ConfigureAwait(false);
                    break;
                case "option":
                    await AnswerOptionAsync(message, context).ConfigureAwait(false);
                    break;
                case "done":
                    return null;
                case "failed":
                    var failure = WorkerFailure.Recreate(message.ErrorType ?? "System.Exception", message.Text ?? string.Empty);
                    failure = failure is OutOfMemoryException
                        ? new OutOfMemoryException($"{failure.Message} (the plugin process's memory limit is {Mebibytes(session.Options.MemoryLimitBytes)})")
                        : failure;
                    return PluginStackTrace.Attach(failure, message.StackTrace);
                default:
                    throw new PluginProcessException($"the plugin process sent an unknown message '{UntrustedText.Clean(message.Type)}' during check {check.Name}");
            }
        }
    }

    private async Task AnswerAsync(long id, Func<ValueTask<Predictions>> compute, CancellationToken cancellationToken)
    {
        WireMessage reply;
        var payload = ReadOnlyMemory<byte>.Empty;
        try
        {
            var predictions = await compute().ConfigureAwait(false);
            (var shape, payload) = RemoteModel.FromPredictions(predictions);
            reply = new WireMessage("reply") { Id = id, Predictions = shape };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The host's refusal (no scores, a model that rejects the matrix) reaches the check as an exception.
            reply = new WireMessage("reply") { Id = id, ErrorType = ex.GetType().FullName, Text = ex.Message };
        }

        await channel!.SendAsync(reply, payload, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task AnswerOptionAsync(WireMessage request, CheckContext context)
    {
        WireMessage reply;
        try
        {
            reply = new WireMessage("reply") { Id = request.Id, Value = WireOptionValue.From(context.OptionValue(request.RuleData!.ToDescriptor(), request.Text!)) };
        }
        catch (ArgumentException ex)
        {
            reply = new WireMessage("reply") { Id = request.Id, ErrorType = ex.GetType().FullName, Text = ex.Message };
        }

        await channel!.SendAsync(reply, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task<(WireMessage Message, byte[] Payload)?> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await channel!.ReceiveAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // A broken pipe is the process ending: the caller reads why from its exit.
            return null;
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }

    /// <summary>Why the process ended, from its exit code and the last lines it wrote to stderr.</summary>
    private async Task<string> EndedAsync(string when)
    {
        var ended = process!;
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try
            {
                // Waits for stderr too: "Stack overflow." is often its last line.
                await ended.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Kill();
                await ended.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        string tail;
        lock (stderr)
        {
            tail = string.Join('\n', stderr);
        }

        var code = ended.ExitCode;
        var limit = Mebibytes(session.Options.MemoryLimitBytes);
        if (tail.Contains("Stack overflow", StringComparison.Ordinal))
        {
            return $"the plugin process overflowed its stack {when}";
        }

        if (tail.Contains("OutOfMemory", StringComparison.Ordinal) || tail.Contains("out of memory", StringComparison.OrdinalIgnoreCase))
        {
            return $"the plugin process was killed: out of memory (limit {limit}) {when}";
        }

        if (!OperatingSystem.IsWindows() && code > 128 && code < 160)
        {
            var signal = code - 128;
            var what = signal switch
            {
                6 => " (SIGABRT: the runtime aborted, a native crash or a fatal error)",
                9 => $" (SIGKILL: killed, possibly by the system for memory; limit {limit})",
                11 => " (SIGSEGV: a native crash)",
                _ => string.Empty,
            };
            return $"the plugin process was killed by signal {signal.ToString(CultureInfo.InvariantCulture)}{what} {when}";
        }

        return $"the plugin process ended with exit code {code.ToString(CultureInfo.InvariantCulture)} {when}";
    }

    private void Captured(string stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        if (stream == "stderr")
        {
            lock (stderr)
            {
                stderr.Enqueue(line);
                while (stderr.Count > StderrTail)
                {
                    stderr.Dequeue();
                }
            }
        }

        session.Console.Add(name, stream, line);
    }

    private static string Mebibytes(long bytes) => (bytes / (1024 * 1024)).ToString("N0", CultureInfo.InvariantCulture) + " MiB";
}
