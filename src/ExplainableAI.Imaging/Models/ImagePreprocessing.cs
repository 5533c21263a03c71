namespace ExplainableAI.Imaging.Models;

/// <summary>
/// The preprocessing an image model was trained with, declared in its registration: resize to <see cref="Width"/> ×
/// <see cref="Height"/> (bilinear, half-pixel centres, no antialiasing — OpenCV's INTER_LINEAR and PyTorch's
/// <c>interpolate(align_corners=False)</c>), channels in <see cref="Channels"/> order, then (x − mean) / std per channel
/// on samples in [0, 1], laid out as <see cref="Layout"/>.
/// </summary>
public sealed record ImagePreprocessing
{
    /// <summary>The model's input width.</summary>
    public required int Width { get; init; }

    /// <summary>The model's input height.</summary>
    public required int Height { get; init; }

    /// <summary>The channel order; <see cref="ChannelOrder.Rgb"/> by default.</summary>
    public ChannelOrder Channels { get; init; } = ChannelOrder.Rgb;

    /// <summary>The axis order of the input tensor; <see cref="TensorLayout.Nchw"/> by default.</summary>
    public TensorLayout Layout { get; init; } = TensorLayout.Nchw;

    /// <summary>Per-channel mean subtracted from samples in [0, 1] (one value, or one per channel); 0 by default.</summary>
    public IReadOnlyList<float> Mean { get; init; } = [0f];

    /// <summary>Per-channel standard deviation divided by (one value, or one per channel); 1 by default.</summary>
    public IReadOnlyList<float> Std { get; init; } = [1f];

    /// <summary>The number of input channels: 1 for grey, 3 otherwise.</summary>
    public int ChannelCount => Channels == ChannelOrder.Grey ? 1 : 3;

    /// <summary>Floats in one image's tensor.</summary>
    public int TensorLength => Width * Height * ChannelCount;

    /// <summary>What is wrong with the declaration, or null: sizes, and mean/std lists of one value or one per channel.</summary>
    public string? Problem()
    {
        if (Width < 1 || Height < 1 || (long)Width * Height > 1L << 24)
        {
            return $"input size {Width}×{Height} must be at least 1×1 and at most 16,777,216 pixels";
        }

        if (Mean.Count != 1 && Mean.Count != ChannelCount)
        {
            return $"mean has {Mean.Count} values: 1 or {ChannelCount} (one per channel) expected";
        }

        if (Std.Count != 1 && Std.Count != ChannelCount)
        {
            return $"std has {Std.Count} values: 1 or {ChannelCount} (one per channel) expected";
        }

        return Std.Any(s => !(s > 0) || !float.IsFinite(s)) ? "every std must be a positive finite number"
            : Mean.Any(m => !float.IsFinite(m)) ? "every mean must be a finite number"
            : null;
    }
}
