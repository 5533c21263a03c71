using ExplainableAI.Sdk.Imaging;
using SkiaSharp;

namespace ExplainableAI.Imaging.Rasters;

/// <summary>Writes a raster as an 8-bit PNG (grey or RGB), each sample rounded to the nearest of 256 levels.</summary>
public static class PngFile
{
    /// <summary>The PNG bytes of <paramref name="image"/>.</summary>
    public static byte[] Encode(ImageRaster image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var grey = image.Channels == 1;
        using var bitmap = new SKBitmap(new SKImageInfo(image.Width, image.Height, grey ? SKColorType.Gray8 : SKColorType.Rgba8888, grey ? SKAlphaType.Opaque : SKAlphaType.Unpremul));
        var pixels = bitmap.GetPixelSpan();
        var stride = bitmap.RowBytes;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var offset = (y * stride) + (x * (grey ? 1 : 4));
                for (var c = 0; c < image.Channels; c++)
                {
                    pixels[offset + c] = Level(image[x, y, c]);
                }

                if (!grey)
                {
                    pixels[offset + 3] = 255;
                }
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Writes <paramref name="image"/> to <paramref name="path"/> as PNG.</summary>
    public static void Write(ImageRaster image, string path) => File.WriteAllBytes(path, Encode(image));

    private static byte Level(float sample) => (byte)Math.Clamp(MathF.Round(sample * 255f), 0f, 255f);
}
