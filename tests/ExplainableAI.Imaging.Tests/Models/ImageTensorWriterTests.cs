using ExplainableAI.Imaging.Models;
using ExplainableAI.Imaging.Rasters;
using ExplainableAI.Sdk.Imaging;

namespace ExplainableAI.Imaging.Tests.Models;

public sealed class ImageTensorWriterTests
{
    // Half-pixel bilinear from 2 to 4 samples: positions (i + 0.5)·2/4 − 0.5 = −0.25, 0.25, 0.75, 1.25, clamped to [0, 1],
    // so a row (0, 1) becomes (0, 0.25, 0.75, 1).
    [Fact]
    public void Upsampling_is_bilinear_with_half_pixel_centres()
    {
        var raster = new ImageRaster(2, 1, 1, [0f, 1f]);
        var tensor = new float[4];

        new ImageTensorWriter(new ImagePreprocessing { Width = 4, Height = 1, Channels = ChannelOrder.Grey }).Write(raster, tensor);

        Assert.Equal([0f, 0.25f, 0.75f, 1f], tensor);
    }

    // From 4 to 2 samples: positions (i + 0.5)·2 − 0.5 = 0.5 and 2.5, halfway between neighbours.
    [Fact]
    public void Downsampling_takes_the_midpoints_without_antialiasing()
    {
        var raster = new ImageRaster(4, 1, 1, [0f, 0.2f, 0.6f, 1f]);
        var tensor = new float[2];

        new ImageTensorWriter(new ImagePreprocessing { Width = 2, Height = 1, Channels = ChannelOrder.Grey }).Write(raster, tensor);

        Assert.Equal(0.1f, tensor[0], 6);
        Assert.Equal(0.8f, tensor[1], 6);
    }

    [Fact]
    public void Nchw_puts_planes_after_each_other_and_normalises_per_channel()
    {
        // One row of two RGB pixels: (0.1, 0.2, 0.3), (0.4, 0.5, 0.6).
        var raster = new ImageRaster(2, 1, 3, [0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f]);
        var tensor = new float[6];
        var preprocessing = new ImagePreprocessing { Width = 2, Height = 1, Mean = [0.1f, 0.2f, 0.3f], Std = [0.5f, 0.25f, 0.1f] };

        new ImageTensorWriter(preprocessing).Write(raster, tensor);

        // R plane (0, 0.6), G plane (0, 1.2), B plane (0, 3).
        float[] expected = [0f, 0.6f, 0f, 1.2f, 0f, 3f];
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(expected[i], tensor[i], 5);
        }
    }

    [Fact]
    public void Nhwc_bgr_keeps_pixels_together_in_reverse_channel_order()
    {
        var raster = new ImageRaster(2, 1, 3, [0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f]);
        var tensor = new float[6];

        new ImageTensorWriter(new ImagePreprocessing { Width = 2, Height = 1, Channels = ChannelOrder.Bgr, Layout = TensorLayout.Nhwc }).Write(raster, tensor);

        Assert.Equal([0.3f, 0.2f, 0.1f, 0.6f, 0.5f, 0.4f], tensor);
    }

    [Fact]
    public void Grey_images_fill_every_colour_channel_and_colour_images_become_bt601_luma()
    {
        var grey = new ImageRaster(1, 1, 1, [0.25f]);
        var colour = new ImageRaster(1, 1, 3, [1f, 0.5f, 0f]);
        var rgb = new float[3];
        var luma = new float[1];

        new ImageTensorWriter(new ImagePreprocessing { Width = 1, Height = 1 }).Write(grey, rgb);
        new ImageTensorWriter(new ImagePreprocessing { Width = 1, Height = 1, Channels = ChannelOrder.Grey }).Write(colour, luma);

        Assert.Equal([0.25f, 0.25f, 0.25f], rgb);
        Assert.Equal(0.299f + (0.587f * 0.5f), luma[0], 6);
    }

    [Theory]
    [InlineData(0, 4, 1, 1, "input size 0×4 must be at least 1×1 and at most 16,777,216 pixels")]
    [InlineData(4, 4, 2, 1, "mean has 2 values: 1 or 3 (one per channel) expected")]
    [InlineData(4, 4, 1, 2, "std has 2 values: 1 or 3 (one per channel) expected")]
    public void Bad_declarations_are_problems(int width, int height, int means, int stds, string expected)
    {
        var preprocessing = new ImagePreprocessing { Width = width, Height = height, Mean = new float[means], Std = [.. Enumerable.Repeat(1f, stds)] };

        Assert.Equal(expected, preprocessing.Problem());
    }
}
