namespace ExplainableAI.Demo.Imaging;

/// <summary>One synthetic endoscopy image's facts: what the index shows and what the generator planted.</summary>
/// <param name="File">The image's file name in the dataset folder.</param>
/// <param name="Site">The hospital that acquired it.</param>
/// <param name="Vendor">The endoscope vendor.</param>
/// <param name="Sex">F or M.</param>
/// <param name="Age">Age in years.</param>
/// <param name="Lesion">Whether a lesion is present (the label).</param>
/// <param name="LesionContrast">How strongly the lesion stands out (0 when absent; lower for the hard subgroup).</param>
/// <param name="Marker">Whether a site marker is burnt into the top-left corner (the planted shortcut).</param>
/// <param name="BrightnessShift">Added to every sample inside the field of view (the planted acquisition drift).</param>
internal sealed record EndoscopyCase(
    string File,
    string Site,
    string Vendor,
    string Sex,
    int Age,
    bool Lesion,
    double LesionContrast,
    bool Marker,
    double BrightnessShift);
