using System.Collections.Concurrent;

namespace ExplainableAI.Core;

/// <summary>The plugin process's questions to the host (predictions, a model call) and the replies they wait for.</summary>
internal sealed class WorkerRequests(WorkerChannel channel)
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource<(WireMessage, byte[])>> pending = new();
    private long next;

    public async Task<(WireMessage Reply, byte[] Payload)> AskAsync(WireMessage request, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref next);
        var reply = new TaskCompletionSource<(WireMessage, byte[])>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        await channel.SendAsync(request with { Id = id }, payload, cancellationToken).ConfigureAwait(false);
        var (message, bytes) = await reply.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (message.ErrorType is not null)
        {
            // The host's own error (a model that refuses the matrix): the check sees it as it would in process.
            throw WorkerFailure.Recreate(message.ErrorType, message.Text ?? string.Empty);
        }

        return (message, bytes);
    }

    public void Complete(WireMessage reply, byte[] payload)
    {
        if (pending.TryRemove(reply.Id, out var waiting))
        {
            waiting.SetResult((reply, payload));
        }
    }
}
