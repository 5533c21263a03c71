using ExplainableAI.Imaging.Rasters;
using ExplainableAI.Sdk.Imaging;

namespace ExplainableAI.Imaging.Models;

/// <summary>Turns a raster into one image's slice of a model's input tensor, as <see cref="ImagePreprocessing"/> declares.</summary>
public sealed class ImageTensorWriter
{
    private readonly ImagePreprocessing preprocessing;
    private readonly float[] mean;
    private readonly float[] scale;

    /// <summary>Creates the writer; the declaration must be valid (<see cref="ImagePreprocessing.Problem"/> is null).</summary>
    public ImageTensorWriter(ImagePreprocessing preprocessing)
    {
        ArgumentNullException.ThrowIfNull(preprocessing);
        if (preprocessing.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(preprocessing));
        }

        this.preprocessing = preprocessing;
        var channels = preprocessing.ChannelCount;
        mean = [.. Enumerable.Range(0, channels).Select(c => preprocessing.Mean[preprocessing.Mean.Count == 1 ? 0 : c])];
        scale = [.. Enumerable.Range(0, channels).Select(c => 1f / preprocessing.Std[preprocessing.Std.Count == 1 ? 0 : c])];
    }

    /// <summary>Writes <paramref name="raster"/> into <paramref name="destination"/> (<see cref="ImagePreprocessing.TensorLength"/> floats).</summary>
    public void Write(ImageRaster raster, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(raster);
        var (width, height, channels) = (preprocessing.Width, preprocessing.Height, preprocessing.ChannelCount);
        if (destination.Length < width * height * channels)
        {
            throw new ArgumentException($"{width * height * channels} floats needed", nameof(destination));
        }

        var resized = raster.Resize(width, height);
        Span<float> pixel = stackalloc float[3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                for (var c = 0; c < resized.Channels; c++)
                {
                    pixel[c] = resized[x, y, c];
                }

                for (var c = 0; c < channels; c++)
                {
                    var value = (Channel(pixel, resized.Channels, c) - mean[c]) * scale[c];
                    var offset = preprocessing.Layout == TensorLayout.Nchw
                        ? (c * width * height) + (y * width) + x
                        : (((y * width) + x) * channels) + c;
                    destination[offset] = value;
                }
            }
        }
    }

    private float Channel(ReadOnlySpan<float> pixel, int sourceChannels, int channel) => preprocessing.Channels switch
    {
        ChannelOrder.Grey => sourceChannels == 1 ? pixel[0] : (0.299f * pixel[0]) + (0.587f * pixel[1]) + (0.114f * pixel[2]),
        _ when sourceChannels == 1 => pixel[0],
        ChannelOrder.Bgr => pixel[2 - channel],
        _ => pixel[channel],
    };
}
