using System.Runtime.InteropServices;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>One node as TreeSHAP reads it, packed in 48 bytes so a visit touches one cache line.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ShapNode
{
    /// <summary>Split feature, or -1 for a leaf.</summary>
    public int Feature;

    /// <summary>Left when (float)x &lt; threshold.</summary>
    public float Threshold;

    public int Left;

    public int Right;

    /// <summary>cover(left) / cover(node).</summary>
    public double LeftFraction;

    /// <summary>cover(right) / cover(node).</summary>
    public double RightFraction;

    /// <summary>The leaf value.</summary>
    public double Value;

    public bool DefaultLeft;
}
