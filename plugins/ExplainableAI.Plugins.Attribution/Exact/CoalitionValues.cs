using System.Runtime.CompilerServices;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The interventional value function v(S) = mean over background rows b of f(x_S, b_{not S}), for many coalitions at once:
/// the hybrid rows of all coalitions are built into one matrix and sent to the model in large batches. Coalitions are split
/// into batches of equal size (at most the largest batch), so each worker reuses the same one or two buffers for every row.
/// </summary>
internal sealed class CoalitionValues(ModelOutput output, FeatureMatrix background, int maxBatchRows)
{
    /// <summary>Values of the coalitions given as row-major 0/1 masks (one per <paramref name="result"/> entry × features).</summary>
    // Hot loop of every model-agnostic explanation: compiled optimised at once, since a short `xai explain` process ends before tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(ReadOnlySpan<double> x, ReadOnlySpan<bool> masks, Span<double> result, CoalitionBuffers buffers, CancellationToken cancellationToken)
    {
        var width = background.Features.Count;
        var backgroundRows = background.RowCount;
        var count = result.Length;
        var batches = (count + Math.Max(1, maxBatchRows / backgroundRows) - 1) / Math.Max(1, maxBatchRows / backgroundRows);
        var perBatch = (count + batches - 1) / batches;
        var source = background.Values.AsSpan(0, backgroundRows * width);
        for (var first = 0; first < count; first += perBatch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = Math.Min(perBatch, count - first);
            var (hybrid, outputs) = buffers.For(background, n * backgroundRows);
            var values = hybrid.Values;
            for (var c = 0; c < n; c++)
            {
                var mask = masks.Slice((first + c) * width, width);
                var block = values.AsSpan(c * backgroundRows * width, backgroundRows * width);
                source.CopyTo(block);
                for (var f = 0; f < width; f++)
                {
                    if (!mask[f])
                    {
                        continue;
                    }

                    var value = x[f];
                    for (var b = f; b < block.Length; b += width)
                    {
                        block[b] = value;
                    }
                }
            }

            output.Evaluate(hybrid, outputs, cancellationToken);
            for (var c = 0; c < n; c++)
            {
                var sum = 0.0;
                foreach (var y in outputs.AsSpan(c * backgroundRows, backgroundRows))
                {
                    sum += y;
                }

                result[first + c] = sum / backgroundRows;
            }
        }
    }
}
