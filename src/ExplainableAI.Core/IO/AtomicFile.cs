using System.Text.RegularExpressions;

namespace ExplainableAI.Core;

/// <summary>Writes a file so that readers see either the old content or the complete new content, never a torn file.</summary>
public static partial class AtomicFile
{
    /// <summary>
    /// Writes through <paramref name="write"/> into a temporary file in the target folder (<c>.NAME.GUID.tmp</c>), then
    /// moves it into place. Temporary files of the same target that a killed process left are removed first.
    /// </summary>
    /// <param name="path">The file to write; its folder is created when missing.</param>
    /// <param name="write">Writes the content.</param>
    /// <exception cref="FileSystemRefusedException">The file system refused the write (full, read-only, permission); the old file is unchanged.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);

        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        FileSystemRefusedException.Guard(fullPath, () => Directory.CreateDirectory(directory));
        RemoveLeftovers(directory, Path.GetFileName(fullPath));

        // Same folder as the target, so the move is a rename on the same volume.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            FileSystemRefusedException.Guard(fullPath, () =>
            {
                // FileShare.None holds an exclusive lock while writing, so another process's clean-up leaves this file alone.
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    write(stream);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temporary, fullPath, overwrite: true);
            });
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Writes UTF-8 text (no BOM) through a temporary file, then moves it into place.</summary>
    /// <param name="path">The file to write; its folder is created when missing.</param>
    /// <param name="write">Writes the text.</param>
    /// <exception cref="FileSystemRefusedException">The file system refused the write; the old file is unchanged.</exception>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
            write(writer);
        });
    }

    /// <summary>Whether <paramref name="name"/> is a temporary file of this class for the file <paramref name="target"/>.</summary>
    /// <param name="name">A file name.</param>
    /// <param name="target">The name of the file being written.</param>
    /// <returns><see langword="true"/> for <c>.TARGET.GUID.tmp</c>.</returns>
    public static bool IsTemporaryOf(string name, string target) =>
        name.Length == target.Length + 38 && name.StartsWith('.') && name.AsSpan(1).StartsWith(target, StringComparison.Ordinal) && TemporarySuffix().IsMatch(name[(target.Length + 1)..]);

    private static void RemoveLeftovers(string directory, string target)
    {
        foreach (var file in Directory.EnumerateFiles(directory, $".{target}.*.tmp", new EnumerationOptions { MatchType = MatchType.Simple, AttributesToSkip = 0 }))
        {
            if (!IsTemporaryOf(Path.GetFileName(file), target))
            {
                continue;
            }

            try
            {
                // Opens only when no writer holds it: a live temporary file of a concurrent process stays.
                using (new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.None))
                {
                }

                File.Delete(file);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover temporary file is removed by the next write of this target; the original error matters more.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"^\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporarySuffix();
}
