using ExplainableAI.Sdk.Imaging;

namespace ExplainableAI.Plugins.Imaging.Segments;

/// <summary>
/// Builds the image a coalition of segments sees: pixels of kept segments as they are, the others replaced by a
/// baseline image (by default the image's own per-channel mean, so removing a segment removes its detail, not its
/// average brightness).
/// </summary>
internal sealed class SegmentMasker
{
    private readonly ImageRaster image;
    private readonly ImageSegmentation segmentation;
    private readonly float[] baseline;

    public SegmentMasker(ImageRaster image, ImageSegmentation segmentation, ImageRaster? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(segmentation);
        if (segmentation.Width != image.Width || segmentation.Height != image.Height)
        {
            throw new ArgumentException($"the segmentation is {segmentation.Width}×{segmentation.Height}, the image {image.Width}×{image.Height}", nameof(segmentation));
        }

        if (baseline is not null && (baseline.Width, baseline.Height, baseline.Channels) != (image.Width, image.Height, image.Channels))
        {
            throw new ArgumentException($"the baseline is {baseline.Shape}, the image {image.Shape}", nameof(baseline));
        }

        this.image = image;
        this.segmentation = segmentation;
        this.baseline = baseline?.Pixels ?? MeanImage(image);
    }

    /// <summary>The number of segments (players).</summary>
    public int Count => segmentation.Count;

    /// <summary>The image with the segments not in <paramref name="keep"/> replaced by the baseline.</summary>
    public ImageRaster Mask(ReadOnlySpan<bool> keep)
    {
        if (keep.Length != segmentation.Count)
        {
            throw new ArgumentException($"{segmentation.Count} segments, {keep.Length} flags", nameof(keep));
        }

        var channels = image.Channels;
        var pixels = new float[image.Pixels.Length];
        var labels = segmentation.Labels;
        for (var p = 0; p < labels.Length; p++)
        {
            var source = keep[labels[p]] ? image.Pixels : baseline;
            Array.Copy(source, p * channels, pixels, p * channels, channels);
        }

        return new ImageRaster(image.Width, image.Height, channels, pixels);
    }

    private static float[] MeanImage(ImageRaster image)
    {
        var channels = image.Channels;
        var sums = new double[channels];
        for (var i = 0; i < image.Pixels.Length; i++)
        {
            sums[i % channels] += image.Pixels[i];
        }

        var count = image.Width * image.Height;
        var mean = new float[image.Pixels.Length];
        for (var i = 0; i < mean.Length; i++)
        {
            mean[i] = (float)(sums[i % channels] / count);
        }

        return mean;
    }
}
