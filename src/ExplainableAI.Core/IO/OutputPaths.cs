using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// Checks where a command will write before it does any work, so a bad <c>--out</c> is bad input (exit 2) found in a
/// moment rather than after a long audit: it must not be a file, device or pipe, must not lie under a file, and must be
/// writable.
/// </summary>
public static class OutputPaths
{
    /// <summary>Checks a folder that files will be written into (the folder itself stays).</summary>
    /// <param name="path">The folder; it may be missing (it and its parents are created on writing).</param>
    /// <param name="option">The option that named it, for the message (such as <c>--out</c>).</param>
    /// <returns>The folder's full path.</returns>
    /// <exception cref="InvalidAuditInputException">Nothing can be written there.</exception>
    public static string CheckFolder(string path, string option)
    {
        var full = Resolve(path, option);
        RequireWritable(RequireFolder(full, option) ? full : ExistingAncestor(full, option), full, option);
        return full;
    }

    /// <summary>Checks a folder that a set of files will replace whole (see <see cref="StagedFolder"/>).</summary>
    /// <param name="path">The folder; it may be missing (it and its parents are created on writing).</param>
    /// <param name="option">The option that named it, for the message (such as <c>--out</c>).</param>
    /// <param name="isOwnFile">Whether an entry found in an existing folder belongs to a set this tool wrote.</param>
    /// <returns>The folder's full path, symbolic links resolved (the swap replaces the real folder, not a link to it).</returns>
    /// <exception cref="InvalidAuditInputException">The folder cannot be replaced by the set.</exception>
    public static string CheckReplaceableFolder(string path, string option, Func<string, bool> isOwnFile)
    {
        ArgumentNullException.ThrowIfNull(isOwnFile);
        var full = Resolve(path, option);
        if (!RequireFolder(full, option))
        {
            RequireWritable(ExistingAncestor(full, option), full, option);
            return full;
        }

        var foreign = Directory.EnumerateFileSystemEntries(full).Select(Path.GetFileName).Where(n => !isOwnFile(n!)).Order(StringComparer.Ordinal).ToList();
        if (foreign.Count > 0)
        {
            // The set replaces the folder as a whole, so a folder holding anything else is never swapped away.
            throw new InvalidAuditInputException(
                $"holds files xai did not write ({string.Join(", ", foreign.Take(3).Select(n => $"'{n}'"))}{(foreign.Count > 3 ? ", …" : string.Empty)}); give an empty or new folder: the report files replace the folder's contents as a whole",
                file: full,
                field: option);
        }

        // Swapping the folder renames it in its parent; deleting the old set needs the folder itself.
        RequireWritable(full, full, option);
        RequireWritable(Path.GetDirectoryName(full) ?? full, full, option);
        return full;
    }

    /// <summary>Checks a file that will be written (atomically, through a temporary file beside it).</summary>
    /// <param name="path">The file; it may be missing, and so may its folder.</param>
    /// <param name="option">The option that named it, for the message.</param>
    /// <returns>The file's full path.</returns>
    /// <exception cref="InvalidAuditInputException">The file cannot be written there.</exception>
    public static string CheckFile(string path, string option)
    {
        var full = Resolve(path, option);
        switch (UnixFileSystem.KindOf(full))
        {
            case PathKind.Directory:
                throw new InvalidAuditInputException("is a folder; expected a file name", file: full, field: option);
            case PathKind.Special:
                // Replacing /dev/null (as root) or a FIFO with a regular file would break the system or the reader waiting on it.
                throw new InvalidAuditInputException("is a device, pipe or socket; expected a regular file", file: full, field: option);
            default:
                RequireWritable(ExistingAncestor(full, option), full, option);
                return full;
        }
    }

    /// <summary>Whether the folder exists; throws when something else is there.</summary>
    private static bool RequireFolder(string full, string option) => UnixFileSystem.KindOf(full) switch
    {
        PathKind.Directory => true,
        PathKind.RegularFile => throw new InvalidAuditInputException("is a file; expected a folder to write into", file: full, field: option),
        PathKind.Special => throw new InvalidAuditInputException("is a device, pipe or socket; expected a folder to write into", file: full, field: option),
        _ => false,
    };

    private static string Resolve(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidAuditInputException("expected a path, got an empty one", field: option);
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (!Path.Exists(full))
        {
            return full;
        }

        try
        {
            return new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException ex)
        {
            throw new InvalidAuditInputException($"cannot follow the link: {ex.Message}", file: full, field: option, innerException: ex);
        }
    }

    /// <summary>The nearest folder that exists above <paramref name="full"/>; each missing one is created on writing.</summary>
    private static string ExistingAncestor(string full, string option)
    {
        for (var ancestor = Path.GetDirectoryName(full); ancestor is not null; ancestor = Path.GetDirectoryName(ancestor))
        {
            switch (UnixFileSystem.KindOf(ancestor))
            {
                case PathKind.Directory:
                    return ancestor;
                case PathKind.RegularFile or PathKind.Special:
                    throw new InvalidAuditInputException($"lies under '{ancestor}', which is not a folder", file: full, field: option);
            }
        }

        return Path.GetPathRoot(full) ?? full;
    }

    private static void RequireWritable(string directory, string full, string option)
    {
        if (UnixFileSystem.WhyNotWritable(directory) is { } reason)
        {
            var where = directory == full ? string.Empty : $" (in '{directory}')";
            throw new InvalidAuditInputException($"cannot be written{where}: {reason}", file: full, field: option);
        }
    }
}
