namespace ExplainableAI.Core;

/// <summary>Writes a file so that readers see either the old content or the complete new content, never a torn file.</summary>
public static class AtomicFile
{
    /// <summary>Writes through <paramref name="write"/> into a temporary file in the target folder, then moves it into place.</summary>
    /// <param name="path">The file to write; its folder is created when missing.</param>
    /// <param name="write">Writes the content.</param>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);

        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        Directory.CreateDirectory(directory);

        // Same folder as the target, so the move is a rename on the same volume.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes UTF-8 text (no BOM) through a temporary file, then moves it into place.</summary>
    /// <param name="path">The file to write; its folder is created when missing.</param>
    /// <param name="write">Writes the text.</param>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
            write(writer);
        });
    }
}
