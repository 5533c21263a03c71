using ExplainableAI.Sdk.Imaging;

namespace ExplainableAI.Plugins.Imaging.Tests;

/// <summary>Small images and models whose outputs can be worked out by hand.</summary>
internal static class TinyImages
{
    /// <summary>A grey image whose pixel (x, y) is <paramref name="value"/>(x, y).</summary>
    public static ImageRaster Grey(int width, int height, Func<int, int, float> value)
    {
        var pixels = new float[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = value(x, y);
            }
        }

        return new ImageRaster(width, height, 1, pixels);
    }

    /// <summary>A linear model: Σ weightᵢ · pixelᵢ over a grey image.</summary>
    public static double Linear(ImageRaster image, double[] weights) =>
        image.Pixels.Select((p, i) => weights[i] * p).Sum();
}
