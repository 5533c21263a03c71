using System.IO.Compression;

namespace ExplainableAI.Demo.Training;

/// <summary>Rewrites a zip archive with a fixed timestamp on every entry.</summary>
/// <remarks>
/// ML.NET stamps each entry of a saved model with the wall clock, so two identical models differ in their
/// bytes and in the SHA-256 the audit report records as provenance. The entry contents are deterministic;
/// pinning the timestamps makes the whole file reproducible.
/// </remarks>
internal static class StableZip
{
    // The earliest time a zip (MS-DOS) timestamp can hold.
    private static readonly DateTimeOffset FixedTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Copies every entry of <paramref name="source"/>, in order, into <paramref name="destination"/> with <see cref="FixedTimestamp"/>.</summary>
    public static void Copy(Stream source, Stream destination)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTimestamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
