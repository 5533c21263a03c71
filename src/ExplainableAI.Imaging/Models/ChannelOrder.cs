namespace ExplainableAI.Imaging.Models;

/// <summary>The channels a model expects, in order.</summary>
public enum ChannelOrder
{
    /// <summary>Red, green, blue. A grey image is given the same value in all three.</summary>
    Rgb = 0,

    /// <summary>Blue, green, red (OpenCV-trained models). A grey image is given the same value in all three.</summary>
    Bgr = 1,

    /// <summary>One grey channel. A colour image is reduced by ITU-R BT.601 luma (0.299 R + 0.587 G + 0.114 B).</summary>
    Grey = 2,
}
