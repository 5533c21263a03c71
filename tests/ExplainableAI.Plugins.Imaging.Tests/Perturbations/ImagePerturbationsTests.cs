using ExplainableAI.Plugins.Imaging.Perturbations;
using ExplainableAI.Sdk.Imaging;

namespace ExplainableAI.Plugins.Imaging.Tests.Perturbations;

public sealed class ImagePerturbationsTests
{
    private static readonly ImageRaster Ramp = TinyImages.Grey(4, 1, (x, _) => 0.2f * (x + 1)); // 0.2, 0.4, 0.6, 0.8

    [Fact]
    public void Brightness_adds_and_clamps()
    {
        Assert.Equal([0.5f, 0.7f, 0.9f, 1f], ImagePerturbations.Brightness(Ramp, 0.3f).Pixels, new Close(1e-6f));
    }

    // Mean 0.5; factor 2 doubles each distance from it: −0.1 → 0, 0.3, 0.7, 1.1 → 1.
    [Fact]
    public void Contrast_scales_distances_from_the_channel_mean()
    {
        Assert.Equal([0f, 0.3f, 0.7f, 1f], ImagePerturbations.Contrast(Ramp, 2f).Pixels, new Close(1e-6f));
    }

    [Fact]
    public void Blur_keeps_a_uniform_image_and_spreads_a_point_by_the_normalised_kernel()
    {
        var uniform = TinyImages.Grey(5, 5, (_, _) => 0.4f);
        var point = TinyImages.Grey(9, 9, (x, y) => x == 4 && y == 4 ? 1f : 0f);

        var blurredUniform = ImagePerturbations.GaussianBlur(uniform, 1.0);
        var blurredPoint = ImagePerturbations.GaussianBlur(point, 1.0);

        Assert.All(blurredUniform.Pixels, v => Assert.Equal(0.4f, v, 6));

        // Separable kernel over ±3: the centre weight is g(0)² with g(k) = e^(−k²/2) / Σ e^(−j²/2), j = −3…3.
        var norm = Enumerable.Range(-3, 7).Sum(j => Math.Exp(-(j * j) / 2.0));
        Assert.Equal(1 / (norm * norm), blurredPoint[4, 4, 0], 6);
        Assert.Equal(Math.Exp(-0.5) / (norm * norm), blurredPoint[5, 4, 0], 6);
        Assert.Equal(1.0, blurredPoint.Pixels.Sum(v => (double)v), 5);
    }

    [Fact]
    public void Noise_is_seeded_and_has_the_stated_spread()
    {
        var grey = TinyImages.Grey(200, 200, (_, _) => 0.5f);

        var noisy = ImagePerturbations.GaussianNoise(grey, 0.05, seed: 11);
        var again = ImagePerturbations.GaussianNoise(grey, 0.05, seed: 11);

        Assert.Equal(noisy.Pixels, again.Pixels);
        var deviations = noisy.Pixels.Select(v => v - 0.5).ToArray();
        var sd = Math.Sqrt(deviations.Sum(d => d * d) / deviations.Length);
        Assert.InRange(sd, 0.049, 0.051);
        Assert.InRange(deviations.Average(), -0.001, 0.001);
    }

    // About the centre (1, 1) of a 3×3 image, 90° counter-clockwise as displayed maps the top-right pixel to the top-left.
    [Fact]
    public void A_quarter_turn_moves_pixels_exactly()
    {
        var image = TinyImages.Grey(3, 3, (x, y) => ((y * 3) + x) / 10f);

        var turned = ImagePerturbations.Rotate(image, 90);

        Assert.Equal(image[2, 0, 0], turned[0, 0, 0], 6);
        Assert.Equal(image[2, 2, 0], turned[2, 0, 0], 6);
        Assert.Equal(image[1, 1, 0], turned[1, 1, 0], 6);
        Assert.Equal(image.Pixels, ImagePerturbations.Rotate(image, 0).Pixels);
    }

    // Half resolution of (0.2, 0.4, 0.6, 0.8): down to (0.3, 0.7), back up at positions −0.25, 0.25, 0.75, 1.25 (clamped).
    [Fact]
    public void Resolution_goes_down_and_back_up_bilinearly()
    {
        Assert.Equal([0.3f, 0.4f, 0.6f, 0.7f], ImagePerturbations.Resolution(Ramp, 0.5).Pixels, new Close(1e-6f));
    }

    private sealed class Close(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}
