using System.Security.Cryptography;

namespace ExplainableAI.Core;

/// <summary>
/// The SHA-256 of bytes or of a file as lower-case hexadecimal, the form every record, checksum file and registry row
/// carries (what <c>sha256sum</c> prints), so that hashes made in different places compare as strings.
/// </summary>
public static class Sha256Hex
{
    /// <summary>The hash of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>64 lower-case hexadecimal digits.</returns>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The hash of what remains in <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream, read to its end.</param>
    /// <returns>64 lower-case hexadecimal digits.</returns>
    public static string Of(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The hash of a file's bytes, streamed rather than read whole.</summary>
    /// <param name="path">The file.</param>
    /// <returns>64 lower-case hexadecimal digits.</returns>
    public static string OfFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Of(stream);
    }
}
