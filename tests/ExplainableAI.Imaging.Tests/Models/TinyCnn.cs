using ExplainableAI.Tests.Onnx;

namespace ExplainableAI.Imaging.Tests.Models;

/// <summary>
/// A small real CNN with seeded weights: Conv 3→2 (3×3, pad 1) → ReLU → MaxPool 2×2 → Flatten → Gemm 32→1 → Sigmoid
/// on [N, 3, 8, 8], written as ONNX and evaluated again here by plain loops, so ONNX Runtime's output has an
/// independent reference.
/// </summary>
internal sealed class TinyCnn
{
    public const int Size = 8;

    public TinyCnn(int seed)
    {
        var random = new Random(seed);
        ConvWeights = [.. Enumerable.Range(0, 2 * 3 * 3 * 3).Select(_ => (float)((random.NextDouble() * 2) - 1))];
        ConvBias = [0.1f, -0.2f];
        GemmWeights = [.. Enumerable.Range(0, 32).Select(_ => (float)((random.NextDouble() * 2) - 1))];
        GemmBias = -0.3f;
    }

    public float[] ConvWeights { get; }

    public float[] ConvBias { get; }

    public float[] GemmWeights { get; }

    public float GemmBias { get; }

    public void Save(string path) =>
        new OnnxGraph()
            .Input("image", OnnxGraph.Float, -1, 3, Size, Size)
            .Output("probability", OnnxGraph.Float, -1, 1)
            .Initializer("conv_w", ConvWeights, 2, 3, 3, 3)
            .Initializer("conv_b", ConvBias, 2)
            .Initializer("gemm_w", GemmWeights, 1, 32)
            .Initializer("gemm_b", [GemmBias], 1)
            .Node("Conv", ["image", "conv_w", "conv_b"], "conv", ("pads", new long[] { 1, 1, 1, 1 }), ("kernel_shape", new long[] { 3, 3 }))
            .Node("Relu", ["conv"], "relu")
            .Node("MaxPool", ["relu"], "pool", ("kernel_shape", new long[] { 2, 2 }), ("strides", new long[] { 2, 2 }))
            .Node("Flatten", ["pool"], "flat", ("axis", 1L))
            .Node("Gemm", ["flat", "gemm_w", "gemm_b"], "logit", ("transB", 1L))
            .Node("Sigmoid", ["logit"], "probability")
            .Save(path);

    /// <summary>The network's output for one [3, 8, 8] input, by plain loops in double precision.</summary>
    public double Forward(float[] input)
    {
        var pooled = new double[2 * 4 * 4];
        for (var k = 0; k < 2; k++)
        {
            for (var py = 0; py < 4; py++)
            {
                for (var px = 0; px < 4; px++)
                {
                    var best = double.NegativeInfinity;
                    for (var dy = 0; dy < 2; dy++)
                    {
                        for (var dx = 0; dx < 2; dx++)
                        {
                            best = Math.Max(best, Math.Max(0, Convolve(input, k, (2 * py) + dy, (2 * px) + dx)));
                        }
                    }

                    pooled[(k * 16) + (py * 4) + px] = best;
                }
            }
        }

        var logit = (double)GemmBias;
        for (var i = 0; i < 32; i++)
        {
            logit += GemmWeights[i] * pooled[i];
        }

        return 1 / (1 + Math.Exp(-logit));
    }

    private double Convolve(float[] input, int kernel, int y, int x)
    {
        double sum = ConvBias[kernel];
        for (var c = 0; c < 3; c++)
        {
            for (var ky = 0; ky < 3; ky++)
            {
                for (var kx = 0; kx < 3; kx++)
                {
                    var (iy, ix) = (y + ky - 1, x + kx - 1);
                    if (iy is >= 0 and < Size && ix is >= 0 and < Size)
                    {
                        sum += ConvWeights[(((kernel * 3) + c) * 9) + (ky * 3) + kx] * input[(c * Size * Size) + (iy * Size) + ix];
                    }
                }
            }
        }

        return sum;
    }
}
