namespace ExplainableAI.Sdk;

/// <summary>What a path names, as the operating system reports it (symbolic links followed).</summary>
internal enum FileType
{
    /// <summary>Nothing: the path, or a link's target, does not exist.</summary>
    Missing,

    /// <summary>A regular file, the only kind an audit reads.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A named pipe: opening it blocks until a writer appears.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c>: possibly an endless stream.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>Something else the operating system reports.</summary>
    Other,
}
