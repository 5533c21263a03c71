using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// One worker's reusable buffers for <see cref="CoalitionValues"/>: hybrid rows and the model's outputs for them, kept per batch
/// size (a plan has at most two: the full batches and the last one), so explaining row after row allocates no new matrices.
/// </summary>
internal sealed class CoalitionBuffers
{
    private readonly Dictionary<int, (FeatureMatrix Hybrid, double[] Outputs)> bySize = [];

    /// <summary>A matrix of <paramref name="rows"/> hybrid rows shaped like <paramref name="background"/>, and room for their outputs.</summary>
    public (FeatureMatrix Hybrid, double[] Outputs) For(FeatureMatrix background, int rows)
    {
        if (!bySize.TryGetValue(rows, out var buffers))
        {
            buffers = (background.WithValues(new double[rows * background.Features.Count]), new double[rows]);
            bySize.Add(rows, buffers);
        }

        return buffers;
    }
}
