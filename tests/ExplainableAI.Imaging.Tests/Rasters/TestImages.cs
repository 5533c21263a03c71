using SkiaSharp;

namespace ExplainableAI.Imaging.Tests.Rasters;

/// <summary>Encodes small images with known pixels, so that decoding can be checked sample by sample.</summary>
internal static class TestImages
{
    /// <summary>An RGB image whose pixel (x, y) is (10x + y, 20y, 7(x + y)) mod 256, encoded as PNG or JPEG.</summary>
    public static byte[] Rgb(int width, int height, SKEncodedImageFormat format, int quality = 100)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = RgbAt(x, y);
                bitmap.SetPixel(x, y, new SKColor(r, g, b, 255));
            }
        }

        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>A grey PNG whose pixel (x, y) is (31x + 17y) mod 256.</summary>
    public static byte[] GreyPng(int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        var pixels = bitmap.GetPixelSpan();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[(y * bitmap.RowBytes) + x] = GreyAt(x, y);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static (byte R, byte G, byte B) RgbAt(int x, int y) =>
        ((byte)(((10 * x) + y) % 256), (byte)(20 * y % 256), (byte)(7 * (x + y) % 256));

    public static byte GreyAt(int x, int y) => (byte)(((31 * x) + (17 * y)) % 256);
}
