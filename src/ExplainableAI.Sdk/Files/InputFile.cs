namespace ExplainableAI.Sdk;

/// <summary>
/// The one gate every input file passes before it is opened: only an existing regular file is accepted. A FIFO, a
/// device such as <c>/dev/zero</c> or a directory is refused with an <see cref="InvalidAuditInputException"/> that names
/// the path and what it is, because reading one hangs (a FIFO without a writer), never ends (<c>/dev/zero</c>) or fails
/// with a misleading message. Model adapters and plugins that open companion files should use it too.
/// </summary>
public static class InputFile
{
    /// <summary>Throws unless <paramref name="path"/> names an existing regular file (symbolic links are followed).</summary>
    /// <param name="path">The file.</param>
    /// <param name="description">What the file is, as the error names it, such as <c>model file</c>.</param>
    /// <exception cref="InvalidAuditInputException">The path does not exist or is not a regular file.</exception>
    public static void Require(string path, string description)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        var what = FileTypeProbe.Of(path) switch
        {
            FileType.Regular => null,
            FileType.Missing => $"the {description} does not exist",
            FileType.Directory => $"the {description} is a directory, expected a regular file",
            FileType.Fifo => $"the {description} is a FIFO (named pipe), expected a regular file",
            FileType.CharacterDevice => $"the {description} is a character device, expected a regular file",
            FileType.BlockDevice => $"the {description} is a block device, expected a regular file",
            FileType.Socket => $"the {description} is a socket, expected a regular file",
            _ => $"the {description} is not a regular file",
        };
        if (what is not null)
        {
            throw new InvalidAuditInputException(what, file: path);
        }
    }

    /// <summary>Checks the file with <see cref="Require"/>, then opens it for sequential reading.</summary>
    /// <param name="path">The file.</param>
    /// <param name="description">What the file is, as the error names it, such as <c>model file</c>.</param>
    /// <returns>The open stream.</returns>
    /// <exception cref="InvalidAuditInputException">The file is missing, not a regular file, or cannot be read.</exception>
    public static FileStream OpenRead(string path, string description)
    {
        Require(path, description);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // Removed between the check and the open.
            throw new InvalidAuditInputException($"the {description} does not exist", file: path, innerException: ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidAuditInputException($"the {description} cannot be read ({ex.Message})", file: path, innerException: ex);
        }
    }

    /// <summary>Checks the file with <see cref="Require"/>, then reads it whole, refusing a file above a size.</summary>
    /// <param name="path">The file.</param>
    /// <param name="description">What the file is, as the error names it, such as <c>manifest</c>.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="InvalidAuditInputException">The file is missing, not a regular file, larger than <paramref name="maxBytes"/> or cannot be read.</exception>
    public static byte[] ReadAllBytes(string path, string description, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        using var stream = OpenRead(path, description);
        try
        {
            // The length is read from the open file, and reading stops one byte past the limit, so a file that grows
            // while it is read cannot slip past.
            if (stream.Length > maxBytes)
            {
                throw TooLarge(path, description, maxBytes);
            }

            var buffer = new MemoryStream((int)stream.Length);
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    throw TooLarge(path, description, maxBytes);
                }
            }

            return buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw new InvalidAuditInputException($"the {description} cannot be read ({ex.Message})", file: path, innerException: ex);
        }
    }

    private static InvalidAuditInputException TooLarge(string path, string description, long maxBytes) =>
        new($"the {description} is larger than the limit of {Size(maxBytes)}", file: path);

    private static string Size(long bytes) => bytes switch
    {
        >= 1 << 20 when bytes % (1 << 20) == 0 => $"{bytes >> 20} MiB",
        >= 1 << 10 when bytes % (1 << 10) == 0 => $"{bytes >> 10} KiB",
        _ => $"{bytes} bytes",
    };
}
