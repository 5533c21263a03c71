namespace ExplainableAI.Imaging.Rasters;

/// <summary>File signatures: PNG's eight bytes, JPEG's start-of-image marker, DICOM's "DICM" after the preamble.</summary>
internal static class ImageFormats
{
    public static ImageFormat Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ImageFormat.Png;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ImageFormat.Jpeg;
        }

        return bytes.Length >= 132 && bytes.Slice(128, 4).SequenceEqual("DICM"u8) ? ImageFormat.Dicom : ImageFormat.Unknown;
    }

    /// <summary>The first bytes in hexadecimal, for an error that says what the file is instead.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes) =>
        bytes.Length == 0 ? "nothing (empty file)" : Convert.ToHexString(bytes[..Math.Min(8, bytes.Length)]);
}
