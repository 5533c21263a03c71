namespace ExplainableAI.Imaging.Rasters;

/// <summary>The image file formats read, told apart by their signatures.</summary>
internal enum ImageFormat
{
    Unknown,
    Png,
    Jpeg,
    Dicom,
}
