using System.Text.RegularExpressions;

namespace ExplainableAI.Core;

/// <summary>
/// Writes a set of files into a folder all or nothing. The files go into a staging folder beside the target
/// (<c>.NAME.xai-GUID</c>), which then replaces the target whole: one atomic exchange of the two folders where the file
/// system has it (Linux), else two renames during which the target is briefly missing. A process killed at any moment
/// therefore leaves the target holding the complete previous set or the complete new one, never a mix, and never an
/// old file beside a new set. What a killed run leaves beside the target is removed by the next set written there.
/// </summary>
/// <remarks>
/// The target is replaced, not merged into: callers check first (<see cref="OutputPaths.CheckReplaceableFolder"/>) that it holds
/// nothing but an earlier set, so a user's files are never moved or deleted.
/// </remarks>
public sealed partial class StagedFolder : IDisposable
{
    // Held open with FileShare.None (an exclusive flock on Unix) while the set is written, so a concurrent run's clean-up
    // can tell a live staging folder from one a killed run left.
    private const string LockName = ".xai-staging.lock";

    private readonly FileStream lockFile;
    private string? retired;
    private bool committed;
    private bool reverted;
    private bool disposed;

    private StagedFolder(string target, string staging, FileStream lockFile)
    {
        Target = target;
        Staging = staging;
        this.lockFile = lockFile;
    }

    /// <summary>The folder the set replaces.</summary>
    public string Target { get; }

    /// <summary>The staging folder the files are written into before <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>Creates the staging folder beside <paramref name="target"/> (and the target's missing parents), removing what killed runs left there.</summary>
    /// <param name="target">The folder to replace; a full path, checked with <see cref="OutputPaths.CheckReplaceableFolder"/>.</param>
    /// <returns>The staged set, to be written, committed and disposed.</returns>
    /// <exception cref="FileSystemRefusedException">The staging folder could not be created.</exception>
    public static StagedFolder Create(string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException("The root folder cannot be replaced.", nameof(target));
        var name = Path.GetFileName(full);
        FileSystemRefusedException.Guard(full, () => Directory.CreateDirectory(parent));
        RemoveLeftovers(parent, name);

        var staging = Path.Combine(parent, StagingName(name));
        FileStream? lockFile = null;
        FileSystemRefusedException.Guard(full, () =>
        {
            Directory.CreateDirectory(staging);
            lockFile = new FileStream(Path.Combine(staging, LockName), FileMode.CreateNew, FileAccess.Write, FileShare.None);
        });
        return new StagedFolder(full, staging, lockFile!);
    }

    /// <summary>Writes one file of the set (flushed to disk before the set is committed).</summary>
    /// <param name="name">The file's name in the folder.</param>
    /// <param name="content">Its bytes.</param>
    /// <exception cref="FileSystemRefusedException">The file system refused; the message names the file's final path.</exception>
    public void Write(string name, ReadOnlySpan<byte> content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ThrowIfCommitted();
        var bytes = content.ToArray();
        FileSystemRefusedException.Guard(Path.Combine(Target, name), () =>
        {
            using var stream = new FileStream(Path.Combine(Staging, name), FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        });
    }

    /// <summary>Copies into the set the target's current files, except <paramref name="replaced"/>: for updating part of a set (such as re-rendering its HTML).</summary>
    /// <param name="replaced">The names the new set writes itself, or drops.</param>
    public void CarryOver(IReadOnlyCollection<string> replaced)
    {
        ArgumentNullException.ThrowIfNull(replaced);
        if (!Directory.Exists(Target))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Target))
        {
            var name = Path.GetFileName(file);
            if (!replaced.Contains(name, StringComparer.Ordinal) && !File.Exists(Path.Combine(Staging, name)))
            {
                FileSystemRefusedException.Guard(Path.Combine(Target, name), () => File.Copy(file, Path.Combine(Staging, name)));
            }
        }
    }

    /// <summary>Puts the set in place of the target, in one step; the previous set is deleted on <see cref="Dispose"/>.</summary>
    /// <exception cref="FileSystemRefusedException">The swap was refused; the target is unchanged.</exception>
    public void Commit()
    {
        ThrowIfCommitted();
        FileSystemRefusedException.Guard(Target, () =>
        {
            File.Delete(Path.Combine(Staging, LockName));
            if (!Directory.Exists(Target))
            {
                Directory.Move(Staging, Target);
                this.retired = null;
                return;
            }

            // Keep the folder's own permissions (a group-shared or private report folder stays so).
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Staging, File.GetUnixFileMode(Target));
            }

            if (UnixFileSystem.TryExchange(Staging, Target))
            {
                this.retired = Staging;
                return;
            }

            // No exchange here: two renames, between which the target is briefly missing (never half-filled).
            this.retired = Path.Combine(Path.GetDirectoryName(Target)!, StagingName(Path.GetFileName(Target)));
            Directory.Move(Target, this.retired);
            try
            {
                Directory.Move(Staging, Target);
            }
            catch
            {
                Directory.Move(this.retired, Target);
                this.retired = null;
                throw;
            }
        });
        this.committed = true;
    }

    /// <summary>
    /// Undoes <see cref="Commit"/>: the previous set (or no folder, when there was none) is back in place, in one step
    /// where the file system can exchange folders. For a commit that must be followed by another (a registry record) that failed.
    /// </summary>
    /// <exception cref="FileSystemRefusedException">The swap back was refused.</exception>
    public void Revert()
    {
        if (!this.committed || this.reverted)
        {
            throw new InvalidOperationException("Only a committed set can be reverted, once.");
        }

        var parent = Path.GetDirectoryName(Target)!;
        FileSystemRefusedException.Guard(Target, () =>
        {
            if (this.retired is null)
            {
                this.retired = Path.Combine(parent, StagingName(Path.GetFileName(Target)));
                Directory.Move(Target, this.retired);
            }
            else if (!UnixFileSystem.TryExchange(this.retired, Target))
            {
                var rejected = Path.Combine(parent, StagingName(Path.GetFileName(Target)));
                Directory.Move(Target, rejected);
                Directory.Move(this.retired, Target);
                this.retired = rejected;
            }
        });
        this.reverted = true;
    }

    /// <summary>Removes the staging folder when the set was not committed, else the previous set.</summary>
    public void Dispose()
    {
        if (this.disposed)
        {
            return;
        }

        this.disposed = true;
        lockFile.Dispose();
        if ((this.committed ? this.retired : Staging) is { } leftover)
        {
            TryDeleteTree(leftover);
        }
    }

    private void ThrowIfCommitted()
    {
        if (this.committed || this.disposed)
        {
            throw new InvalidOperationException("The set was already committed or disposed.");
        }
    }

    private static string StagingName(string name) => $".{name}.xai-{Guid.NewGuid():N}";

    /// <summary>Removes the staging folders and retired sets that killed runs left beside the target, skipping live ones.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        var pattern = $".{name}.xai-*";
        foreach (var folder in Directory.EnumerateDirectories(parent, pattern, new EnumerationOptions { MatchType = MatchType.Simple, AttributesToSkip = 0 }))
        {
            var own = Path.GetFileName(folder);
            if (own.Length == name.Length + 38 && StagingSuffix().IsMatch(own[(name.Length + 1)..]) && !IsLive(folder))
            {
                TryDeleteTree(folder);
            }
        }
    }

    private static bool IsLive(string folder)
    {
        try
        {
            using var held = new FileStream(Path.Combine(folder, LockName), FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static void TryDeleteTree(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next run's clean-up; the set itself is already whole.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"^\.xai-[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex StagingSuffix();
}
