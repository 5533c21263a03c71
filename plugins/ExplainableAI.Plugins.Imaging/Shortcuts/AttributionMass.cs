using ExplainableAI.Plugins.Imaging.Segments;

namespace ExplainableAI.Plugins.Imaging.Shortcuts;

/// <summary>
/// Where an image's attribution mass lies: each segment's |attribution| is spread evenly over its pixels, then the
/// shares in the border band, in the four corner squares and outside a region of interest are summed. A model that puts
/// its mass where burnt-in text, rulers or markers sit (borders, corners) or outside the organ is taking a shortcut.
/// </summary>
internal static class AttributionMass
{
    /// <summary>The shares of |attribution| mass; all 0 when every attribution is 0.</summary>
    /// <param name="segmentation">The segments the attributions belong to.</param>
    /// <param name="attributions">One value per segment.</param>
    /// <param name="band">The border band's width as a fraction of the shorter side (corners are band × band squares).</param>
    /// <param name="region">The region of interest, if declared.</param>
    public static MassShares Shares(ImageSegmentation segmentation, ReadOnlySpan<double> attributions, double band, RegionOfInterest? region = null)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        if (attributions.Length != segmentation.Count)
        {
            throw new ArgumentException($"{segmentation.Count} segments, {attributions.Length} attributions", nameof(attributions));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(band);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(band, 0.5);
        var (width, height) = (segmentation.Width, segmentation.Height);
        var bandPixels = (int)Math.Ceiling(band * Math.Min(width, height));
        var labels = segmentation.Labels;
        var sizes = segmentation.Sizes;
        double total = 0, border = 0, corners = 0, outside = 0;
        for (var y = 0; y < height; y++)
        {
            var nearTopOrBottom = y < bandPixels || y >= height - bandPixels;
            for (var x = 0; x < width; x++)
            {
                var segment = labels[(y * width) + x];
                var mass = Math.Abs(attributions[segment]) / sizes[segment];
                total += mass;
                var nearLeftOrRight = x < bandPixels || x >= width - bandPixels;
                if (nearTopOrBottom || nearLeftOrRight)
                {
                    border += mass;
                }

                if (nearTopOrBottom && nearLeftOrRight)
                {
                    corners += mass;
                }

                if (region is not null && !region.Contains(x, y, width, height))
                {
                    outside += mass;
                }
            }
        }

        return total == 0
            ? new MassShares(0, 0, region is null ? null : 0)
            : new MassShares(border / total, corners / total, region is null ? null : outside / total);
    }
}
