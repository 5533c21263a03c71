namespace ExplainableAI.Imaging.Dicom;

/// <summary>
/// The transfer syntaxes the reader decodes (uncompressed little endian, PS3.5 A.1 and A.2) and the names of common
/// others, so that a refusal says what the file is.
/// </summary>
internal static class TransferSyntax
{
    public const string ImplicitVrLittleEndian = "1.2.840.10008.1.2";
    public const string ExplicitVrLittleEndian = "1.2.840.10008.1.2.1";

    private static readonly Dictionary<string, string> KnownNames = new(StringComparer.Ordinal)
    {
        [ImplicitVrLittleEndian] = "Implicit VR Little Endian",
        [ExplicitVrLittleEndian] = "Explicit VR Little Endian",
        ["1.2.840.10008.1.2.1.99"] = "Deflated Explicit VR Little Endian",
        ["1.2.840.10008.1.2.2"] = "Explicit VR Big Endian",
        ["1.2.840.10008.1.2.4.50"] = "JPEG Baseline",
        ["1.2.840.10008.1.2.4.51"] = "JPEG Extended",
        ["1.2.840.10008.1.2.4.57"] = "JPEG Lossless",
        ["1.2.840.10008.1.2.4.70"] = "JPEG Lossless SV1",
        ["1.2.840.10008.1.2.4.80"] = "JPEG-LS Lossless",
        ["1.2.840.10008.1.2.4.81"] = "JPEG-LS Near-Lossless",
        ["1.2.840.10008.1.2.4.90"] = "JPEG 2000 Lossless",
        ["1.2.840.10008.1.2.4.91"] = "JPEG 2000",
        ["1.2.840.10008.1.2.4.201"] = "HTJ2K Lossless",
        ["1.2.840.10008.1.2.4.203"] = "HTJ2K",
        ["1.2.840.10008.1.2.5"] = "RLE Lossless",
    };

    /// <summary>Whether the reader decodes data in this transfer syntax.</summary>
    public static bool IsSupported(string uid) => uid is ImplicitVrLittleEndian or ExplicitVrLittleEndian;

    /// <summary>The UID with its name where known: <c>1.2.840.10008.1.2.4.50 (JPEG Baseline)</c>.</summary>
    public static string Describe(string uid) => KnownNames.TryGetValue(uid, out var name) ? $"{uid} ({name})" : uid;
}
