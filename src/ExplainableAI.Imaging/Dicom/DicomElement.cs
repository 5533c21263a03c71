namespace ExplainableAI.Imaging.Dicom;

/// <summary>Where a top-level element's value lies in the file, and its value representation where the file says it.</summary>
/// <param name="Tag">The element's tag.</param>
/// <param name="Vr">The two-letter VR of an explicit-VR file; null in an implicit-VR file.</param>
/// <param name="Offset">Byte offset of the value in the file.</param>
/// <param name="Length">Length of the value in bytes.</param>
internal readonly record struct DicomElement(DicomTag Tag, string? Vr, int Offset, int Length);
