using ExplainableAI.Sdk.Imaging;

namespace ExplainableAI.Plugins.Imaging.Perturbations;

/// <summary>
/// Acquisition changes an image model should survive: brightness, contrast, sensor noise, defocus blur, a lower
/// resolution and a small rotation. Each returns a new image with samples clamped to [0, 1]; noise is seeded.
/// </summary>
internal static class ImagePerturbations
{
    /// <summary>Adds <paramref name="delta"/> to every sample.</summary>
    public static ImageRaster Brightness(ImageRaster image, float delta) => Map(image, (v, _) => v + delta);

    /// <summary>Scales each sample's distance from its channel's mean by <paramref name="factor"/>.</summary>
    public static ImageRaster Contrast(ImageRaster image, float factor)
    {
        var means = ChannelMeans(image);
        return Map(image, (v, c) => means[c] + (factor * (v - means[c])));
    }

    /// <summary>Adds Gaussian noise of standard deviation <paramref name="sigma"/> (Box–Muller from a seeded generator).</summary>
    public static ImageRaster GaussianNoise(ImageRaster image, double sigma, int seed)
    {
        var random = new Random(seed);
        var pixels = new float[image.Pixels.Length];
        for (var i = 0; i < pixels.Length; i++)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            pixels[i] = Clamp(image.Pixels[i] + (float)(sigma * normal));
        }

        return new ImageRaster(image.Width, image.Height, image.Channels, pixels);
    }

    /// <summary>
    /// Gaussian blur of standard deviation <paramref name="sigma"/> pixels: a separable kernel over ±⌈3σ⌉ pixels,
    /// normalised to sum 1, edges clamped (so a uniform image stays uniform).
    /// </summary>
    public static ImageRaster GaussianBlur(ImageRaster image, double sigma)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sigma);
        var radius = (int)Math.Ceiling(3 * sigma);
        var kernel = new double[(2 * radius) + 1];
        for (var k = -radius; k <= radius; k++)
        {
            kernel[k + radius] = Math.Exp(-(k * k) / (2 * sigma * sigma));
        }

        var sum = kernel.Sum();
        for (var k = 0; k < kernel.Length; k++)
        {
            kernel[k] /= sum;
        }

        var horizontal = Convolve(image, kernel, radius, horizontal: true);
        return Convolve(horizontal, kernel, radius, horizontal: false);
    }

    /// <summary>Down to <paramref name="scale"/> of the size and back up, both bilinear: detail finer than the scale is lost.</summary>
    public static ImageRaster Resolution(ImageRaster image, double scale)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        var width = Math.Max(1, (int)Math.Round(image.Width * scale));
        var height = Math.Max(1, (int)Math.Round(image.Height * scale));
        return image.Resize(width, height).Resize(image.Width, image.Height);
    }

    /// <summary>
    /// Rotates by <paramref name="degrees"/> (counter-clockwise as displayed, y down) about the image centre, bilinear,
    /// sampling clamped to the edge pixels so no black wedges appear that the model could react to instead.
    /// </summary>
    public static ImageRaster Rotate(ImageRaster image, double degrees)
    {
        var (w, h, channels) = (image.Width, image.Height, image.Channels);
        var radians = degrees * Math.PI / 180;
        var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
        var (cx, cy) = ((w - 1) / 2.0, (h - 1) / 2.0);
        var pixels = new float[image.Pixels.Length];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                // Inverse mapping: the source point that lands on (x, y).
                var (dx, dy) = (x - cx, y - cy);
                var sx = Math.Clamp(cx + (cos * dx) - (sin * dy), 0, w - 1);
                var sy = Math.Clamp(cy + (sin * dx) + (cos * dy), 0, h - 1);
                var (x0, y0) = ((int)Math.Floor(sx), (int)Math.Floor(sy));
                var (x1, y1) = (Math.Min(x0 + 1, w - 1), Math.Min(y0 + 1, h - 1));
                var (fx, fy) = (sx - x0, sy - y0);
                for (var c = 0; c < channels; c++)
                {
                    var top = image[x0, y0, c] + ((image[x1, y0, c] - image[x0, y0, c]) * fx);
                    var bottom = image[x0, y1, c] + ((image[x1, y1, c] - image[x0, y1, c]) * fx);
                    pixels[(((y * w) + x) * channels) + c] = Clamp((float)(top + ((bottom - top) * fy)));
                }
            }
        }

        return new ImageRaster(w, h, channels, pixels);
    }

    private static ImageRaster Convolve(ImageRaster image, double[] kernel, int radius, bool horizontal)
    {
        var (w, h, channels) = (image.Width, image.Height, image.Channels);
        var pixels = new float[image.Pixels.Length];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                for (var c = 0; c < channels; c++)
                {
                    var sum = 0.0;
                    for (var k = -radius; k <= radius; k++)
                    {
                        var (sx, sy) = horizontal ? (Math.Clamp(x + k, 0, w - 1), y) : (x, Math.Clamp(y + k, 0, h - 1));
                        sum += kernel[k + radius] * image[sx, sy, c];
                    }

                    pixels[(((y * w) + x) * channels) + c] = Clamp((float)sum);
                }
            }
        }

        return new ImageRaster(w, h, channels, pixels);
    }

    private static ImageRaster Map(ImageRaster image, Func<float, int, float> map)
    {
        var pixels = new float[image.Pixels.Length];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = Clamp(map(image.Pixels[i], i % image.Channels));
        }

        return new ImageRaster(image.Width, image.Height, image.Channels, pixels);
    }

    private static float[] ChannelMeans(ImageRaster image)
    {
        var sums = new double[image.Channels];
        for (var i = 0; i < image.Pixels.Length; i++)
        {
            sums[i % image.Channels] += image.Pixels[i];
        }

        return [.. sums.Select(s => (float)(s / (image.Width * image.Height)))];
    }

    private static float Clamp(float value) => Math.Clamp(value, 0f, 1f);
}
