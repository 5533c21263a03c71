using System.Numerics;
using ExplainableAI.Plugins.Imaging.Segments;
using ExplainableAI.Sdk.Imaging;

namespace ExplainableAI.Plugins.Imaging.Attribution;

/// <summary>
/// Exact Shapley values of image segments: the model is scored on all 2ⁿ coalitions (masked images) once, then
/// φᵢ = Σ_{S ⊆ N∖{i}} |S|! (n − |S| − 1)! / n! · (v(S ∪ {i}) − v(S)). Feasible up to <see cref="MaxSegments"/> segments
/// (4,096 model calls); more segments use <see cref="SampledSegmentShapley"/>.
/// </summary>
internal static class ExactSegmentShapley
{
    public const int MaxSegments = 12;

    public static double[] Explain(SegmentMasker masker, ImageScorer score, int batchSize = 256)
    {
        ArgumentNullException.ThrowIfNull(masker);
        ArgumentNullException.ThrowIfNull(score);
        var n = masker.Count;
        if (n > MaxSegments)
        {
            throw new ArgumentOutOfRangeException(nameof(masker), n, $"exact Shapley values are computed for at most {MaxSegments} segments");
        }

        var value = Values(masker, score, n, batchSize);
        var weights = new double[n];
        for (var size = 0; size < n; size++)
        {
            weights[size] = Factorial(size) * Factorial(n - size - 1) / Factorial(n);
        }

        var phi = new double[n];
        for (var coalition = 0; coalition < 1 << n; coalition++)
        {
            var size = BitOperations.PopCount((uint)coalition);
            for (var i = 0; i < n; i++)
            {
                if ((coalition & (1 << i)) == 0)
                {
                    phi[i] += weights[size] * (value[coalition | (1 << i)] - value[coalition]);
                }
            }
        }

        return phi;
    }

    // v(S) for every coalition S, bit i set when segment i is kept.
    private static double[] Values(SegmentMasker masker, ImageScorer score, int n, int batchSize)
    {
        var total = 1 << n;
        var value = new double[total];
        var keep = new bool[n];
        for (var start = 0; start < total; start += batchSize)
        {
            var count = Math.Min(batchSize, total - start);
            var batch = new List<ImageRaster>(count);
            for (var coalition = start; coalition < start + count; coalition++)
            {
                for (var i = 0; i < n; i++)
                {
                    keep[i] = (coalition & (1 << i)) != 0;
                }

                batch.Add(masker.Mask(keep));
            }

            score(batch).CopyTo(value, start);
        }

        return value;
    }

    private static double Factorial(int k)
    {
        var result = 1.0;
        for (var i = 2; i <= k; i++)
        {
            result *= i;
        }

        return result;
    }
}
