using ExplainableAI.Plugins.Imaging.Segments;
using ExplainableAI.Sdk.Imaging;

namespace ExplainableAI.Plugins.Imaging.Attribution;

/// <summary>
/// Occlusion (Zeiler and Fergus 2014): a segment's attribution is how much the score falls when that segment alone is
/// replaced by the baseline, f(x) − f(x with segment i masked). One model call per segment, batched.
/// </summary>
internal static class OcclusionAttribution
{
    public static double[] Explain(SegmentMasker masker, ImageScorer score)
    {
        ArgumentNullException.ThrowIfNull(masker);
        ArgumentNullException.ThrowIfNull(score);
        var n = masker.Count;
        var keep = new bool[n];
        Array.Fill(keep, true);
        var images = new List<ImageRaster>(n + 1) { masker.Mask(keep) };
        for (var i = 0; i < n; i++)
        {
            keep[i] = false;
            images.Add(masker.Mask(keep));
            keep[i] = true;
        }

        var scores = score(images);
        var attributions = new double[n];
        for (var i = 0; i < n; i++)
        {
            attributions[i] = scores[0] - scores[i + 1];
        }

        return attributions;
    }
}
