using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The interventional value function v(S) = mean over background rows b of f(x_S, b_{not S}), for many coalitions at once:
/// the hybrid rows of all coalitions are built into one matrix and sent to the model in large batches.
/// </summary>
internal sealed class CoalitionValues(ModelOutput output, FeatureMatrix background, int maxBatchRows)
{
    /// <summary>Values of <paramref name="count"/> coalitions given as row-major 0/1 masks (count × features).</summary>
    public double[] Evaluate(ReadOnlySpan<double> x, bool[] masks, int count, CancellationToken cancellationToken)
    {
        var width = background.Features.Count;
        var backgroundRows = background.RowCount;
        var source = background.Values;
        var result = new double[count];
        var perBatch = Math.Max(1, maxBatchRows / backgroundRows);
        for (var first = 0; first < count; first += perBatch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = Math.Min(perBatch, count - first);
            var hybrid = new double[n * backgroundRows * width];
            for (var c = 0; c < n; c++)
            {
                var mask = masks.AsSpan((first + c) * width, width);
                var block = hybrid.AsSpan(c * backgroundRows * width, backgroundRows * width);
                source.AsSpan(0, backgroundRows * width).CopyTo(block);
                for (var f = 0; f < width; f++)
                {
                    if (!mask[f])
                    {
                        continue;
                    }

                    var value = x[f];
                    for (var b = 0; b < backgroundRows; b++)
                    {
                        block[(b * width) + f] = value;
                    }
                }
            }

            var outputs = output.Evaluate(background.WithValues(hybrid), cancellationToken);
            for (var c = 0; c < n; c++)
            {
                var sum = 0.0;
                for (var b = 0; b < backgroundRows; b++)
                {
                    sum += outputs[(c * backgroundRows) + b];
                }

                result[first + c] = sum / backgroundRows;
            }
        }

        return result;
    }
}
