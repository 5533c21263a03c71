using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Path-dependent TreeSHAP (Lundberg et al. 2020, "From local explanations to global understanding with explainable AI for trees",
/// Algorithm 2): exact Shapley values of the conditional expectation E[f(x) | x_S] in which features outside S are integrated out
/// with the training covers of the nodes, in O(L·D²) per tree. One instance holds the path buffer of one thread, so explaining a
/// row allocates nothing; it is not thread-safe — use one per thread.
/// </summary>
/// <remarks>
/// The "one" fraction of a path element is always 0 or 1 here (the explained row either follows an edge or not), which the
/// inner loops use. Buffers are sized from the forest's depth when the instance is made, and the recursion indexes them without
/// bounds checks.
/// </remarks>
internal sealed class PathDependentTreeShap
{
    private readonly TreeShapForest forest;
    private readonly ShapNode[] nodes;

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
        nodes = forest.Nodes;
        var depth = forest.MaxDepth + 2;
        path = new PathElement[(depth * (depth + 1) / 2) + depth + 1];
        reciprocal = new double[depth + 3];
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
        if (offset < 0 || offset + forest.FeatureCount > values.Length || attributionOffset < 0 || attributionOffset + forest.FeatureCount > attributions.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset));
        }

        var roots = forest.Roots;
        var groups = forest.Group;
        for (var t = 0; t < roots.Length; t++)
        {
            if (groups[t] == group)
            {
                ExplainTree(values, offset, t, attributions, attributionOffset);
            }
        }

        return forest.ExpectedValues[group];
    }

    /// <summary>Adds the attributions of one row in one tree to <paramref name="attributions"/>.</summary>
    public void ExplainTree(double[] values, int offset, int tree, double[] attributions, int attributionOffset)
    {
        if (offset < 0 || offset + forest.FeatureCount > values.Length || attributionOffset < 0 || attributionOffset + forest.FeatureCount > attributions.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset));
        }

        row = values;
        rowOffset = offset;
        phi = attributions;
        phiOffset = attributionOffset;
        Recurse(forest.Roots[tree], 0, 0, 1, 1, -1);
        row = [];
        phi = [];
    }

    private void Recurse(int nodeIndex, int parentStart, int depth, double parentZero, double parentOne, int parentFeature)
    {
        var start = parentStart + depth + 1;
        ref var p = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(path), start);
        ref var parent = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(path), parentStart);
        for (var i = 0; i < depth; i++)
        {
            Unsafe.Add(ref p, i) = Unsafe.Add(ref parent, i);
        }

        Extend(ref p, depth, parentZero, parentOne, parentFeature);

        ref readonly var node = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(nodes), nodeIndex);
        var feature = node.Feature;
        if (feature < 0)
        {
            AddLeaf(ref p, depth, node.Value);
            return;
        }

        var x = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(row), rowOffset + feature);
        var goesLeft = double.IsNaN(x) ? node.DefaultLeft : (float)x < node.Threshold;
        int hot, cold;
        double hotZero, coldZero;
        if (goesLeft)
        {
            (hot, cold, hotZero, coldZero) = (node.Left, node.Right, node.LeftFraction, node.RightFraction);
        }
        else
        {
            (hot, cold, hotZero, coldZero) = (node.Right, node.Left, node.RightFraction, node.LeftFraction);
        }

        // A feature met again on the path is not a new player: undo its earlier extension and carry its fractions forward.
        var incomingZero = 1.0;
        var incomingOne = 1.0;
        for (var k = 1; k <= depth; k++)
        {
            ref var element = ref Unsafe.Add(ref p, k);
            if (element.Feature == feature)
            {
                incomingZero = element.Zero;
                incomingOne = element.One;
                Unwind(ref p, depth, k);
                depth--;
                break;
            }
        }

        Recurse(hot, start, depth + 1, hotZero * incomingZero, incomingOne, feature);
        Recurse(cold, start, depth + 1, coldZero * incomingZero, 0, feature);
    }

    private void AddLeaf(ref PathElement p, int depth, double value)
    {
        ref var r = ref MemoryMarshal.GetArrayDataReference(reciprocal);
        ref var attributions = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(phi), phiOffset);
        var last = Unsafe.Add(ref p, depth).Weight;
        var scale = Unsafe.Add(ref r, depth + 1);
        var coldSum = double.NaN;
        for (var e = 1; e <= depth; e++)
        {
            ref var element = ref Unsafe.Add(ref p, e);
            var zero = element.Zero;
            var total = 0.0;
            if (element.One != 0)
            {
                // one = 1: undo the extension by this element from the last weight downwards.
                var next = last;
                var zeroScale = zero * scale;
                for (var i = depth - 1; i >= 0; i--)
                {
                    var tmp = next * (depth + 1) * Unsafe.Add(ref r, i + 1);
                    total += tmp;
                    next = Unsafe.Add(ref p, i).Weight - (tmp * zeroScale * (depth - i));
                }
            }
            else if (zero != 0)
            {
                // one = 0: the unwound sum is Σ_i w_i (d+1) / (zero (d−i)), whose sum over i does not depend on the element:
                // computed once per leaf, it makes every such element O(1) instead of O(D).
                if (double.IsNaN(coldSum))
                {
                    coldSum = 0;
                    for (var i = depth - 1; i >= 0; i--)
                    {
                        coldSum += Unsafe.Add(ref p, i).Weight * Unsafe.Add(ref r, depth - i);
                    }
                }

                total = coldSum * (depth + 1) / zero;
            }

            Unsafe.Add(ref attributions, element.Feature) += total * (element.One - zero) * value;
        }
    }

    private void Extend(ref PathElement p, int depth, double zero, double one, int feature)
    {
        ref var last = ref Unsafe.Add(ref p, depth);
        last.Feature = feature;
        last.Zero = zero;
        last.One = one;
        last.Weight = depth == 0 ? 1 : 0;
        var scale = reciprocal[depth + 1];
        for (var i = depth - 1; i >= 0; i--)
        {
            ref var element = ref Unsafe.Add(ref p, i);
            var w = element.Weight * scale;
            Unsafe.Add(ref p, i + 1).Weight += one * w * (i + 1);
            element.Weight = zero * w * (depth - i);
        }
    }

    private void Unwind(ref PathElement p, int depth, int index)
    {
        ref var removed = ref Unsafe.Add(ref p, index);
        var one = removed.One;
        var zero = removed.Zero;
        var next = Unsafe.Add(ref p, depth).Weight;
        var scale = reciprocal[depth + 1];
        if (one != 0)
        {
            for (var i = depth - 1; i >= 0; i--)
            {
                ref var element = ref Unsafe.Add(ref p, i);
                var tmp = element.Weight;
                var w = next * (depth + 1) * reciprocal[i + 1] / one;
                element.Weight = w;
                next = tmp - (w * zero * (depth - i) * scale);
            }
        }
        else
        {
            for (var i = depth - 1; i >= 0; i--)
            {
                ref var element = ref Unsafe.Add(ref p, i);
                element.Weight = element.Weight * (depth + 1) / (zero * (depth - i));
            }
        }

        for (var i = index; i < depth; i++)
        {
            ref var element = ref Unsafe.Add(ref p, i);
            ref var following = ref Unsafe.Add(ref p, i + 1);
            element.Feature = following.Feature;
            element.Zero = following.Zero;
            element.One = following.One;
        }
    }
}
