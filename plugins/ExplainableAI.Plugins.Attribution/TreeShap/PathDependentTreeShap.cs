namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Path-dependent TreeSHAP (Lundberg et al. 2020, "From local explanations to global understanding with explainable AI for trees",
/// Algorithm 2): exact Shapley values of the conditional expectation E[f(x) | x_S] in which features outside S are integrated out
/// with the training covers of the nodes, in O(L·D²) per tree. One instance holds the path buffer of one thread, so explaining a
/// row allocates nothing; it is not thread-safe — use one per thread.
/// </summary>
internal sealed class PathDependentTreeShap
{
    private readonly TreeShapForest forest;

    // The unique path of the recursion, one segment per depth; each call's segment starts as a copy of its parent's.
    private readonly PathElement[] path;

    // 1/k for k = 0..depth+1, so the inner loops multiply instead of divide.
    private readonly double[] reciprocal;

    private double[] row = [];
    private int rowOffset;
    private double[] phi = [];
    private int phiOffset;

    public PathDependentTreeShap(TreeShapForest forest)
    {
        this.forest = forest;
        var depth = forest.MaxDepth + 2;
        path = new PathElement[(depth * (depth + 1) / 2) + depth];
        reciprocal = new double[depth + 2];
        for (var k = 1; k < reciprocal.Length; k++)
        {
            reciprocal[k] = 1.0 / k;
        }
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
        var start = parentStart + depth + 1;
        var segment = path.AsSpan(start, depth + 1);
        path.AsSpan(parentStart, depth).CopyTo(segment);
        Extend(segment, depth, parentZero, parentOne, parentFeature);

        var feature = forest.Feature[node];
        if (feature < 0)
        {
            var value = forest.Value[node];
            for (var i = 1; i <= depth; i++)
            {
                ref var element = ref segment[i];
                var w = UnwoundSum(segment, depth, element.One, element.Zero);
                phi[phiOffset + element.Feature] += w * (element.One - element.Zero) * value;
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
            if (segment[k].Feature == feature)
            {
                incomingZero = segment[k].Zero;
                incomingOne = segment[k].One;
                Unwind(segment, depth, k);
                depth--;
                break;
            }
        }

        Recurse(hot, start, depth + 1, hotZero * incomingZero, incomingOne, feature);
        Recurse(cold, start, depth + 1, coldZero * incomingZero, 0, feature);
    }

    private void Extend(Span<PathElement> p, int depth, double zero, double one, int feature)
    {
        ref var last = ref p[depth];
        last.Feature = feature;
        last.Zero = zero;
        last.One = one;
        last.Weight = depth == 0 ? 1 : 0;
        var scale = reciprocal[depth + 1];
        for (var i = depth - 1; i >= 0; i--)
        {
            var w = p[i].Weight * scale;
            p[i + 1].Weight += one * w * (i + 1);
            p[i].Weight = zero * w * (depth - i);
        }
    }

    private void Unwind(Span<PathElement> p, int depth, int index)
    {
        var one = p[index].One;
        var zero = p[index].Zero;
        var next = p[depth].Weight;
        var scale = reciprocal[depth + 1];
        if (one != 0)
        {
            var invOne = 1 / one;
            for (var i = depth - 1; i >= 0; i--)
            {
                var tmp = p[i].Weight;
                var w = next * (depth + 1) * reciprocal[i + 1] * invOne;
                p[i].Weight = w;
                next = tmp - (w * zero * (depth - i) * scale);
            }
        }
        else
        {
            var invZero = 1 / zero;
            for (var i = depth - 1; i >= 0; i--)
            {
                p[i].Weight = p[i].Weight * (depth + 1) * invZero * reciprocal[depth - i];
            }
        }

        for (var i = index; i < depth; i++)
        {
            p[i].Feature = p[i + 1].Feature;
            p[i].Zero = p[i + 1].Zero;
            p[i].One = p[i + 1].One;
        }
    }

    private double UnwoundSum(Span<PathElement> p, int depth, double one, double zero)
    {
        var next = p[depth].Weight;
        var total = 0.0;
        var scale = reciprocal[depth + 1];
        if (one != 0)
        {
            var factor = (depth + 1) / one;
            for (var i = depth - 1; i >= 0; i--)
            {
                var tmp = next * factor * reciprocal[i + 1];
                total += tmp;
                next = p[i].Weight - (tmp * zero * (depth - i) * scale);
            }
        }
        else if (zero != 0)
        {
            var factor = (depth + 1) / zero;
            for (var i = depth - 1; i >= 0; i--)
            {
                total += p[i].Weight * factor * reciprocal[depth - i];
            }
        }

        return total;
    }
}
