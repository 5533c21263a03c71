using ExplainableAI.Plugins.Imaging.Attribution;
using ExplainableAI.Plugins.Imaging.Segments;
using ExplainableAI.Sdk.Imaging;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Plugins.Imaging.Tests.Attribution;

public sealed class SegmentAttributionTests
{
    // A 2×2 grey image (0.2, 0.4 / 0.6, 0.8), mean 0.5, one segment per pixel, a linear model with weights (1, −2, 3, 0.5).
    // Occluding pixel p replaces it by the mean, so the score falls by wₚ (xₚ − 0.5): −0.3, 0.2, 0.3, 0.15.
    [Fact]
    public void Occlusion_of_a_linear_model_is_weight_times_distance_from_the_mean()
    {
        var image = new ImageRaster(2, 2, 1, [0.2f, 0.4f, 0.6f, 0.8f]);
        double[] weights = [1, -2, 3, 0.5];
        var masker = new SegmentMasker(image, ImageSegmentation.Grid(2, 2, 2, 2));

        var attributions = OcclusionAttribution.Explain(masker, Linear(weights));

        double[] expected = [-0.3, 0.2, 0.3, 0.15];
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(expected[i], attributions[i], 6);
        }
    }

    // For a linear model a segment's Shapley value is its own change, whatever the other segments do.
    [Fact]
    public void Exact_shapley_of_a_linear_model_equals_occlusion()
    {
        var image = TinyImages.Grey(6, 4, (x, y) => ((x * 7) + (y * 3)) % 10 / 10f);
        var weights = Enumerable.Range(0, 24).Select(i => Math.Sin(i)).ToArray();
        var masker = new SegmentMasker(image, ImageSegmentation.Grid(6, 4, 2, 3));

        var shapley = ExactSegmentShapley.Explain(masker, Linear(weights));
        var occlusion = OcclusionAttribution.Explain(masker, Linear(weights));

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(occlusion[i], shapley[i], 12);
        }
    }

    // A model with interactions (a sigmoid of products of segment means): the exact values equal the average marginal
    // contribution over all n! orders, computed here by brute force, and sum to f(x) − f(baseline).
    [Fact]
    public void Exact_shapley_equals_the_average_over_all_orders_on_a_nonlinear_model()
    {
        var image = TinyImages.Grey(4, 3, (x, y) => (float)(0.1 + (0.07 * ((x * 5) + (y * 2) % 7))));
        var segmentation = ImageSegmentation.Grid(4, 3, 1, 4);
        var masker = new SegmentMasker(image, segmentation);
        var score = Nonlinear(segmentation);

        var exact = ExactSegmentShapley.Explain(masker, score);
        var brute = BruteForceShapley.OverAllOrders(4, keep => score([masker.Mask(keep)])[0]);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(brute[i], exact[i], 12);
        }

        var full = score([masker.Mask([true, true, true, true])])[0];
        var empty = score([masker.Mask([false, false, false, false])])[0];
        Assert.Equal(full - empty, exact.Sum(), 12);
    }

    [Fact]
    public void Exact_shapley_handles_twelve_segments()
    {
        var image = TinyImages.Grey(6, 4, (x, y) => ((x + (2 * y)) % 5) / 5f);
        var segmentation = ImageSegmentation.Grid(6, 4, 3, 4);
        var masker = new SegmentMasker(image, segmentation);
        var score = Nonlinear(segmentation);

        var exact = ExactSegmentShapley.Explain(masker, score);

        var full = score([masker.Mask(Enumerable.Repeat(true, 12).ToArray())])[0];
        var empty = score([masker.Mask(new bool[12])])[0];
        Assert.Equal(12, exact.Length);
        Assert.Equal(full - empty, exact.Sum(), 12);
    }

    [Fact]
    public void Sampled_shapley_is_efficient_deterministic_and_close_to_exact()
    {
        var image = TinyImages.Grey(5, 2, (x, y) => (float)(0.05 + (0.09 * (x + (5 * y)))));
        var segmentation = ImageSegmentation.Grid(5, 2, 1, 5);
        var masker = new SegmentMasker(image, segmentation);
        var score = Nonlinear(segmentation);

        var exact = ExactSegmentShapley.Explain(masker, score);
        var sampled = SampledSegmentShapley.Explain(masker, score, permutationPairs: 400, seed: 3);
        var again = SampledSegmentShapley.Explain(masker, score, permutationPairs: 400, seed: 3);

        Assert.Equal(sampled, again);
        Assert.Equal(exact.Sum(), sampled.Sum(), 12);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(exact[i], sampled[i], 0.01);
        }
    }

    private static ImageScorer Linear(double[] weights) => images => [.. images.Select(image => TinyImages.Linear(image, weights))];

    // sigmoid(3 · (m₀ m₁ + m₂ − m₀ m₃ …)): products of neighbouring segment means make the segments interact.
    private static ImageScorer Nonlinear(ImageSegmentation segmentation) => images =>
    [
        .. images.Select(image =>
        {
            var means = new double[segmentation.Count];
            var labels = segmentation.Labels;
            for (var p = 0; p < labels.Length; p++)
            {
                means[labels[p]] += image.Pixels[p] / segmentation.Sizes[labels[p]];
            }

            var z = 0.0;
            for (var i = 0; i < means.Length; i++)
            {
                z += ((i % 2 == 0 ? 1 : -1) * means[i] * means[(i + 1) % means.Length]) + (0.3 * means[i]);
            }

            return 1 / (1 + Math.Exp(-3 * z));
        }),
    ];
}
