namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Path-dependent TreeSHAP (Lundberg et al. 2020, "From local explanations to global understanding with explainable AI for trees",
/// Algorithm 2): exact Shapley values of the conditional expectation E[f(x) | x_S] in which features outside S are integrated out
/// with the training covers of the nodes, in O(L·D²) per tree. One instance holds the path buffers of one thread, so explaining a
/// row allocates nothing; it is not thread-safe — use one per thread.
/// </summary>
internal sealed class PathDependentTreeShap
{
    private readonly TreeShapForest forest;

    // The unique path of the recursion, one segment per depth, struct-of-arrays: feature, zero fraction, one fraction, weight.
    private readonly int[] pathFeature;
    private readonly double[] pathZero;
    private readonly double[] pathOne;
    private readonly double[] pathWeight;

    private double[] row = [];
    private int rowOffset;
    private double[] phi = [];
    private int phiOffset;

    public PathDependentTreeShap(TreeShapForest forest)
    {
        this.forest = forest;
        var depth = forest.MaxDepth + 2;
        var size = (depth * (depth + 1) / 2) + depth;
        pathFeature = new int[size];
        pathZero = new double[size];
        pathOne = new double[size];
        pathWeight = new double[size];
    }

    /// <summary>
    /// Adds the attributions of one row for one output group to <paramref name="attributions"/> (one entry per feature) and
    /// returns the group's base value. Σ attributions + base value = the group's margin for the row.
    /// </summary>
    public double Explain(double[] values, int offset, int group, double[] attributions, int attributionOffset)
    {
        row = values;
        rowOffset = offset;
        phi = attributions;
        phiOffset = attributionOffset;
        var roots = forest.Roots;
        var groups = forest.Group;
        for (var t = 0; t < roots.Length; t++)
        {
            if (groups[t] == group)
            {
                Recurse(roots[t], 0, 0, 1, 1, -1);
            }
        }

        row = [];
        phi = [];
        return forest.ExpectedValues[group];
    }

    private void Recurse(int node, int parentStart, int depth, double parentZero, double parentOne, int parentFeature)
    {
        // This call's segment follows the parent's; it starts as a copy of the parent's path.
        var start = parentStart + depth + 1;
        Array.Copy(pathFeature, parentStart, pathFeature, start, depth + 1);
        Array.Copy(pathZero, parentStart, pathZero, start, depth + 1);
        Array.Copy(pathOne, parentStart, pathOne, start, depth + 1);
        Array.Copy(pathWeight, parentStart, pathWeight, start, depth + 1);
        Extend(start, depth, parentZero, parentOne, parentFeature);

        var feature = forest.Feature[node];
        if (feature < 0)
        {
            var value = forest.Value[node];
            for (var i = 1; i <= depth; i++)
            {
                var w = UnwoundSum(start, depth, i);
                phi[phiOffset + pathFeature[start + i]] += w * (pathOne[start + i] - pathZero[start + i]) * value;
            }

            return;
        }

        int hot, cold;
        double hotZero, coldZero;
        if (forest.GoesLeft(node, row[rowOffset + feature]))
        {
            (hot, cold, hotZero, coldZero) = (forest.Left[node], forest.Right[node], forest.LeftFraction[node], forest.RightFraction[node]);
        }
        else
        {
            (hot, cold, hotZero, coldZero) = (forest.Right[node], forest.Left[node], forest.RightFraction[node], forest.LeftFraction[node]);
        }

        // A feature met again on the path is not a new player: undo its earlier extension and carry its fractions forward.
        var incomingZero = 1.0;
        var incomingOne = 1.0;
        for (var k = 1; k <= depth; k++)
        {
            if (pathFeature[start + k] == feature)
            {
                incomingZero = pathZero[start + k];
                incomingOne = pathOne[start + k];
                Unwind(start, depth, k);
                depth--;
                break;
            }
        }

        Recurse(hot, start, depth + 1, hotZero * incomingZero, incomingOne, feature);
        Recurse(cold, start, depth + 1, coldZero * incomingZero, 0, feature);
    }

    private void Extend(int start, int depth, double zero, double one, int feature)
    {
        var w = pathWeight.AsSpan(start, depth + 1);
        pathFeature[start + depth] = feature;
        pathZero[start + depth] = zero;
        pathOne[start + depth] = one;
        w[depth] = depth == 0 ? 1 : 0;
        var scale = 1.0 / (depth + 1);
        for (var i = depth - 1; i >= 0; i--)
        {
            w[i + 1] += one * w[i] * (i + 1) * scale;
            w[i] = zero * w[i] * (depth - i) * scale;
        }
    }

    private void Unwind(int start, int depth, int index)
    {
        var w = pathWeight.AsSpan(start, depth + 1);
        var one = pathOne[start + index];
        var zero = pathZero[start + index];
        var next = w[depth];
        for (var i = depth - 1; i >= 0; i--)
        {
            if (one != 0)
            {
                var tmp = w[i];
                w[i] = next * (depth + 1) / ((i + 1) * one);
                next = tmp - (w[i] * zero * (depth - i) / (depth + 1));
            }
            else
            {
                w[i] = w[i] * (depth + 1) / (zero * (depth - i));
            }
        }

        for (var i = index; i < depth; i++)
        {
            pathFeature[start + i] = pathFeature[start + i + 1];
            pathZero[start + i] = pathZero[start + i + 1];
            pathOne[start + i] = pathOne[start + i + 1];
        }
    }

    private double UnwoundSum(int start, int depth, int index)
    {
        var w = pathWeight.AsSpan(start, depth + 1);
        var one = pathOne[start + index];
        var zero = pathZero[start + index];
        var next = w[depth];
        var total = 0.0;
        if (one != 0)
        {
            for (var i = depth - 1; i >= 0; i--)
            {
                var tmp = next * (depth + 1) / ((i + 1) * one);
                total += tmp;
                next = w[i] - (tmp * zero * (depth - i) / (depth + 1));
            }
        }
        else
        {
            for (var i = depth - 1; i >= 0; i--)
            {
                total += w[i] * (depth + 1) / (zero * (depth - i));
            }
        }

        return total;
    }
}
