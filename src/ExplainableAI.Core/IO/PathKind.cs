namespace ExplainableAI.Core;

/// <summary>What a path names, following symbolic links.</summary>
internal enum PathKind
{
    /// <summary>Nothing (or a dangling link).</summary>
    Missing,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A regular file.</summary>
    RegularFile,

    /// <summary>A device, pipe (FIFO) or socket: never a place to write a report.</summary>
    Special,
}
