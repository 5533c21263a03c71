namespace ExplainableAI.Demo.Imaging;

/// <summary>The sizes of the problems planted in the imaging demo, which its checks are shown to find.</summary>
internal static class EndoscopyPlantedSizes
{
    /// <summary>The site whose images carry a burnt-in marker that tracks the label.</summary>
    public const string MarkerSite = "Site A";

    /// <summary>Share of lesion images at <see cref="MarkerSite"/> with the marker.</summary>
    public const double MarkerRateWithLesion = 0.80;

    /// <summary>Share of lesion-free images at <see cref="MarkerSite"/> with the marker.</summary>
    public const double MarkerRateWithoutLesion = 0.10;

    /// <summary>The site whose images are brighter in the current period (a new light source).</summary>
    public const string BrightSite = "Site B";

    /// <summary>The brightness added at <see cref="BrightSite"/> in the current period.</summary>
    public const double BrightnessShift = 0.12;

    /// <summary>Patients this old or older have flatter lesions: lower contrast, so lower sensitivity.</summary>
    public const int SubtleLesionAge = 75;

    /// <summary>The contrast of a lesion in the <see cref="SubtleLesionAge"/> subgroup, against 1 for everyone else.</summary>
    public const double SubtleLesionContrast = 0.45;

    /// <summary>The share of images with a lesion.</summary>
    public const double Prevalence = 0.35;
}
