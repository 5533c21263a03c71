using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ExplainableAI.Core;

/// <summary>
/// Frames messages on the private pipe between the host and a plugin process: two little-endian lengths, the JSON
/// header, then the binary payload (doubles as their bytes: predictions and feature matrices cross in one copy, not
/// row by row). Writes from several threads are serialized; one reader reads.
/// </summary>
internal sealed class WorkerChannel(Stream stream) : IAsyncDisposable
{
    // A header carries findings with their evidence tables; a payload at most a feature matrix.
    private const int MaxHeader = 256 * 1024 * 1024;
    private readonly SemaphoreSlim writing = new(1, 1);

    public async Task SendAsync(WireMessage message, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var header = JsonSerializer.SerializeToUtf8Bytes(message, WireJson.Options);
        var lengths = new byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(lengths, header.Length);
        BinaryPrimitives.WriteInt64LittleEndian(lengths.AsSpan(4), payload.Length);
        await writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await stream.WriteAsync(lengths, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            if (!payload.IsEmpty)
            {
                await stream.WriteAsync(payload, cancellationToken).ConfigureAwait(false);
            }

            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            writing.Release();
        }
    }

    public Task SendAsync(WireMessage message, CancellationToken cancellationToken) => SendAsync(message, ReadOnlyMemory<byte>.Empty, cancellationToken);

    /// <summary>The next message and its payload, or <see langword="null"/> when the other side has gone.</summary>
    public async Task<(WireMessage Message, byte[] Payload)?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var lengths = new byte[12];
        if (!await FillAsync(lengths, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var headerLength = BinaryPrimitives.ReadInt32LittleEndian(lengths);
        var payloadLength = BinaryPrimitives.ReadInt64LittleEndian(lengths.AsSpan(4));
        if (headerLength is <= 0 or > MaxHeader || payloadLength < 0 || payloadLength > Array.MaxLength)
        {
            throw new InvalidDataException($"the plugin process sent a malformed message ({headerLength}-byte header, {payloadLength}-byte payload)");
        }

        var header = new byte[headerLength];
        var payload = new byte[payloadLength];
        if (!await FillAsync(header, cancellationToken).ConfigureAwait(false) || !await FillAsync(payload, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var message = JsonSerializer.Deserialize<WireMessage>(header, WireJson.Options)
            ?? throw new InvalidDataException("the plugin process sent an empty message");
        return (message, payload);
    }

    public ValueTask DisposeAsync()
    {
        writing.Dispose();
        return stream.DisposeAsync();
    }

    /// <summary>Doubles as the payload's bytes (this machine's byte order: both ends are on it).</summary>
    public static ReadOnlyMemory<byte> Bytes(ReadOnlySpan<double> values) => MemoryMarshal.AsBytes(values).ToArray();

    /// <summary>The payload's doubles from <paramref name="offset"/> on.</summary>
    public static double[] Doubles(byte[] payload, int offset, int count)
    {
        var values = new double[count];
        payload.AsSpan(offset * sizeof(double), count * sizeof(double)).CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private async Task<bool> FillAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer[read..], cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }
}
