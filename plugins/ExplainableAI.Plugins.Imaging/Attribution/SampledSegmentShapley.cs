using ExplainableAI.Plugins.Imaging.Segments;
using ExplainableAI.Sdk.Imaging;

namespace ExplainableAI.Plugins.Imaging.Attribution;

/// <summary>
/// Shapley values of many segments by permutation sampling with antithetic pairs (each random order is also walked in
/// reverse, Mitchell et al. 2022): each walk adds segments one at a time from the baseline image to the full image and
/// credits each with its marginal change, so every walk's credits sum to f(x) − f(baseline) exactly. Seeded, so the
/// same image and seed give the same values.
/// </summary>
internal static class SampledSegmentShapley
{
    public static double[] Explain(SegmentMasker masker, ImageScorer score, int permutationPairs, int seed)
    {
        ArgumentNullException.ThrowIfNull(masker);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentOutOfRangeException.ThrowIfLessThan(permutationPairs, 1);
        var n = masker.Count;
        var random = new Random(seed);
        var phi = new double[n];
        var order = Enumerable.Range(0, n).ToArray();
        for (var pair = 0; pair < permutationPairs; pair++)
        {
            random.Shuffle(order);
            Walk(masker, score, order, phi);
            Array.Reverse(order);
            Walk(masker, score, order, phi);
        }

        for (var i = 0; i < n; i++)
        {
            phi[i] /= 2.0 * permutationPairs;
        }

        return phi;
    }

    private static void Walk(SegmentMasker masker, ImageScorer score, int[] order, double[] phi)
    {
        var n = order.Length;
        var keep = new bool[n];
        var images = new List<ImageRaster>(n + 1) { masker.Mask(keep) };
        foreach (var segment in order)
        {
            keep[segment] = true;
            images.Add(masker.Mask(keep));
        }

        var scores = score(images);
        for (var step = 0; step < n; step++)
        {
            phi[order[step]] += scores[step + 1] - scores[step];
        }
    }
}
