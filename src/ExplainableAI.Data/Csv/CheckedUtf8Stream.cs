using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using ExplainableAI.Data.Files;
using ExplainableAI.Sdk;

namespace ExplainableAI.Data.Csv;

/// <summary>
/// A read-only pass-through over a file that hashes every byte (SHA-256) and rejects invalid UTF-8 and NUL bytes with their
/// line and character position.
/// </summary>
/// <remarks>
/// Validation happens before decoding because <see cref="StreamReader"/> would otherwise replace invalid bytes with
/// U+FFFD and the audit would run on data that differs from the file it names.
/// </remarks>
internal sealed class CheckedUtf8Stream : Stream
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly Stream inner;
    private readonly string path;
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] carry = new byte[4];
    private int carryLength;
    private long position;
    private long quotes;
    private int line = 1;
    private int charsInLine;
    private bool atStart = true;

    public CheckedUtf8Stream(Stream inner, string path)
    {
        this.inner = inner;
        this.path = path;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Reads a whole CSV file, checking that it is UTF-8 and that its quotes balance, and returns its lower-case hex
    /// SHA-256.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="InvalidAuditInputException">The file is not valid UTF-8, holds a NUL byte or has a quote that is never closed.</exception>
    public static string Fingerprint(string path, CancellationToken cancellationToken)
    {
        using var stream = new CheckedUtf8Stream(DataFile.OpenRead(path), path);
        var buffer = new byte[1 << 16];
        while (stream.Read(buffer, 0, buffer.Length) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (stream.quotes % 2 != 0)
        {
            throw QuoteBalance.Unclosed(path, cancellationToken);
        }

        return Convert.ToHexStringLower(stream.hash.GetHashAndReset());
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var chunk = buffer[..read];
        hash.AppendData(chunk);
        position += read;
        if (read == 0)
        {
            if (carryLength > 0)
            {
                throw Invalid("the file ends inside a multi-byte character");
            }

            return 0;
        }

        Validate(chunk);

        // A quote byte (0x22) never occurs inside a multi-byte UTF-8 character, so counting bytes counts quotes.
        quotes += chunk.Count((byte)'"');
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Validate(ReadOnlySpan<byte> chunk)
    {
        if (carryLength > 0)
        {
            // Complete the character split across reads before looking at the rest of the chunk.
            var take = Math.Min(4 - carryLength, chunk.Length);
            chunk[..take].CopyTo(carry.AsSpan(carryLength));
            var joined = carry.AsSpan(0, carryLength + take);
            var status = Rune.DecodeFromUtf8(joined, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.NeedMoreData && take == chunk.Length)
            {
                carryLength += take;
                return;
            }

            if (status != System.Buffers.OperationStatus.Done)
            {
                throw Invalid("the bytes are not valid UTF-8");
            }

            charsInLine++;
            chunk = chunk[(consumed - carryLength)..];
            carryLength = 0;
        }

        if (atStart)
        {
            atStart = false;
            if (chunk.StartsWith(Bom))
            {
                chunk = chunk[Bom.Length..];
            }
        }

        var complete = chunk.Length - IncompleteTailLength(chunk);
        var body = chunk[..complete];
        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            // NUL is valid UTF-8 but never text: it hides a binary file or a corrupted export, and a number holding one
            // would silently turn its column categorical.
            body = body[..nul];
            if (!Utf8.IsValid(body))
            {
                LocateInvalid(body);
            }

            Advance(body);
            throw new InvalidAuditInputException(
                "The file holds a NUL byte (0x00); expected a UTF-8 text file without control character NUL. The column is the 1-based character position.", path, line, charsInLine + 1);
        }

        if (!Utf8.IsValid(body))
        {
            LocateInvalid(body);
        }

        Advance(body);
        chunk[complete..].CopyTo(carry);
        carryLength = chunk.Length - complete;
    }

    private void Advance(ReadOnlySpan<byte> body)
    {
        var lastNewline = body.LastIndexOf((byte)'\n');
        if (lastNewline >= 0)
        {
            line += body.Count((byte)'\n');
            charsInLine = CountChars(body[(lastNewline + 1)..]);
        }
        else
        {
            charsInLine += CountChars(body);
        }
    }

    private void LocateInvalid(ReadOnlySpan<byte> body)
    {
        while (!body.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(body, out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                throw Invalid("the bytes are not valid UTF-8");
            }

            if (rune.Value == '\n')
            {
                line++;
                charsInLine = 0;
            }
            else
            {
                charsInLine++;
            }

            body = body[consumed..];
        }
    }

    private InvalidAuditInputException Invalid(string problem) =>
        new($"{problem}; expected a UTF-8 text file (with or without BOM). The column is the 1-based character position.", path, line, charsInLine + 1);

    // Counts Unicode scalar values: every byte that is not a continuation byte (10xxxxxx) starts one.
    private static int CountChars(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    // The length of a multi-byte character cut off at the end of a read, to be completed by the next read.
    private static int IncompleteTailLength(ReadOnlySpan<byte> chunk)
    {
        for (var back = 1; back <= Math.Min(3, chunk.Length); back++)
        {
            var b = chunk[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }

        return 0;
    }
}
