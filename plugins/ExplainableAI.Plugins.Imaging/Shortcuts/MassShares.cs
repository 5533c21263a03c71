namespace ExplainableAI.Plugins.Imaging.Shortcuts;

/// <summary>Shares of an image's |attribution| mass, each in [0, 1].</summary>
/// <param name="Border">In the border band.</param>
/// <param name="Corners">In the four corner squares (part of the border band).</param>
/// <param name="OutsideRegion">Outside the region of interest; null when none is declared.</param>
internal sealed record MassShares(double Border, double Corners, double? OutsideRegion);
