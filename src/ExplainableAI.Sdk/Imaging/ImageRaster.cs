namespace ExplainableAI.Sdk.Imaging;

/// <summary>
/// An image as the checks and models see it: <see cref="Height"/> × <see cref="Width"/> pixels of <see cref="Channels"/>
/// samples (1 grey, 3 RGB), interleaved row by row, each in [0, 1]. A class, not a record: pixels compare by reference.
/// </summary>
public sealed class ImageRaster
{
    /// <summary>Creates a raster, checking that the pixel count matches the shape.</summary>
    /// <param name="width">Width in pixels, at least 1.</param>
    /// <param name="height">Height in pixels, at least 1.</param>
    /// <param name="channels">1 (grey) or 3 (RGB).</param>
    /// <param name="pixels">width × height × channels samples, interleaved, row by row.</param>
    public ImageRaster(int width, int height, int channels, float[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (channels is not (1 or 3))
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, "1 (grey) or 3 (RGB) channels expected");
        }

        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != (long)width * height * channels)
        {
            throw new ArgumentException($"{width}×{height}×{channels} needs {(long)width * height * channels} samples, got {pixels.Length}", nameof(pixels));
        }

        Width = width;
        Height = height;
        Channels = channels;
        Pixels = pixels;
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Samples per pixel: 1 grey, 3 RGB.</summary>
    public int Channels { get; }

    /// <summary>The samples, interleaved row by row, in [0, 1].</summary>
    public float[] Pixels { get; }

    /// <summary>The sample of channel <paramref name="channel"/> at column <paramref name="x"/>, row <paramref name="y"/>.</summary>
    public float this[int x, int y, int channel] => Pixels[(((y * Width) + x) * Channels) + channel];

    /// <summary>The shape as the report writes it: <c>512×512×3</c>.</summary>
    public string Shape => $"{Width}×{Height}×{Channels}";

    /// <summary>
    /// The image resampled to <paramref name="width"/> × <paramref name="height"/>: bilinear with half-pixel centres and
    /// no antialiasing (OpenCV's INTER_LINEAR, PyTorch's <c>interpolate(align_corners=False)</c>); output pixel i samples
    /// the source at (i + 0.5) · in / out − 0.5, clamped to the edge pixels.
    /// </summary>
    public ImageRaster Resize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (width == Width && height == Height)
        {
            return this;
        }

        var pixels = new float[(long)width * height * Channels];
        var columns = new (int Low, int High, float Weight)[width];
        for (var x = 0; x < width; x++)
        {
            columns[x] = Sample(x, width, Width);
        }

        for (var y = 0; y < height; y++)
        {
            var (y0, y1, wy) = Sample(y, height, Height);
            for (var x = 0; x < width; x++)
            {
                var (x0, x1, wx) = columns[x];
                for (var c = 0; c < Channels; c++)
                {
                    var top = Lerp(this[x0, y0, c], this[x1, y0, c], wx);
                    var bottom = Lerp(this[x0, y1, c], this[x1, y1, c], wx);
                    pixels[(((y * width) + x) * Channels) + c] = Lerp(top, bottom, wy);
                }
            }
        }

        return new ImageRaster(width, height, Channels, pixels);
    }

    private static (int Low, int High, float Weight) Sample(int index, int outSize, int inSize)
    {
        var position = Math.Clamp(((index + 0.5) * inSize / outSize) - 0.5, 0, inSize - 1);
        var low = (int)Math.Floor(position);
        return (low, Math.Min(low + 1, inSize - 1), (float)(position - low));
    }

    private static float Lerp(float a, float b, float t) => a + ((b - a) * t);
}
