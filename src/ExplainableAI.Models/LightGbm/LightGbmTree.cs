namespace ExplainableAI.Models;

/// <summary>
/// One LightGBM tree as the text model stores it, evaluated with LightGBM's own numerical decision rule (in double precision):
/// a missing value is read as 0 unless the node's missing type is NaN; a node whose missing type matches the value (NaN, or zero
/// for the Zero type) sends it to the default side; any other value goes left when <c>x &lt;= threshold</c>.
/// Internal nodes are 0…L−2; a negative child <c>c</c> is the leaf <c>~c</c>.
/// </summary>
/// <param name="SplitFeature">Per internal node, the feature index.</param>
/// <param name="Threshold">Per internal node, the threshold (double, as written).</param>
/// <param name="DefaultLeft">Per internal node, whether the default side is left.</param>
/// <param name="MissingType">Per internal node, 0 None, 1 Zero, 2 NaN.</param>
/// <param name="LeftChild">Per internal node, the left child.</param>
/// <param name="RightChild">Per internal node, the right child.</param>
/// <param name="LeafValue">Per leaf, its value (shrinkage already applied).</param>
/// <param name="LeafCount">Per leaf, the training rows that reached it.</param>
/// <param name="InternalCount">Per internal node, the training rows that reached it.</param>
internal sealed record LightGbmTree(
    int[] SplitFeature,
    double[] Threshold,
    bool[] DefaultLeft,
    int[] MissingType,
    int[] LeftChild,
    int[] RightChild,
    double[] LeafValue,
    double[] LeafCount,
    double[] InternalCount)
{
    /// <summary>Missing type None: a missing value is read as zero.</summary>
    public const int MissingNone = 0;

    /// <summary>Missing type Zero: zero (and missing, read as zero) goes to the default side.</summary>
    public const int MissingZero = 1;

    /// <summary>Missing type NaN: NaN goes to the default side.</summary>
    public const int MissingNaN = 2;

    // LightGBM's kZeroThreshold: values this close to zero count as zero.
    private const double ZeroThreshold = 1e-35f;

    /// <summary>The value of the leaf a row reaches.</summary>
    /// <param name="row">The row, one value per feature (NaN missing).</param>
    /// <returns>The leaf value.</returns>
    public double Evaluate(ReadOnlySpan<double> row)
    {
        if (SplitFeature.Length == 0)
        {
            return LeafValue[0];
        }

        var node = 0;
        while (node >= 0)
        {
            var value = row[SplitFeature[node]];
            var missing = MissingType[node];
            if (double.IsNaN(value) && missing != MissingNaN)
            {
                value = 0;
            }

            var isDefault = (missing == MissingZero && value >= -ZeroThreshold && value <= ZeroThreshold)
                || (missing == MissingNaN && double.IsNaN(value));
            var goLeft = isDefault ? DefaultLeft[node] : value <= Threshold[node];
            node = goLeft ? LeftChild[node] : RightChild[node];
        }

        return LeafValue[~node];
    }
}
