using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Interventional TreeSHAP (Lundberg et al. 2020, "From local explanations to global understanding with explainable AI for trees",
/// the interventional algorithm): exact Shapley values of v(S) = mean over background rows b of f(x_S, b_notS). For one pair
/// (x, b) the hybrid row follows x at a split on a feature in S and b elsewhere, so a tree walk that follows both rows at once
/// and branches only where they part visits every leaf some hybrid can reach. A leaf reached with the features P taken from x
/// and N taken from b is worth its value exactly for the coalitions S ⊇ P with S ∩ N = ∅, a game whose Shapley values are
/// v·(|P|−1)!|N|!/(|P|+|N|)! for each feature of P and −v·|P|!(|N|−1)!/(|P|+|N|)! for each feature of N. Cost O(T·L) per pair.
/// One instance holds the buffers of one thread and allocates nothing per row; it is not thread-safe.
/// </summary>
internal sealed class InterventionalTreeShap
{
    private const byte Undecided = 0;
    private const byte FromRow = 1;
    private const byte FromBackground = 2;

    private readonly TreeShapForest forest;
    private readonly ShapNode[] nodes;

    // Per feature on the current walk: undecided, taken from the row, or taken from the background row.
    private readonly byte[] side;
    private readonly int[] rowFeatures;
    private readonly int[] backgroundFeatures;

    // weights[a·stride + b] = (a−1)! b! / (a+b)!: the Shapley weight of one of a "must be in S" features against b "must be out".
    private readonly double[] weights;
    private readonly int stride;

    private double[] row = [];
    private int rowOffset;
    private double[] reference = [];
    private int referenceOffset;
    private double[] phi = [];
    private int phiOffset;

    public InterventionalTreeShap(TreeShapForest forest)
    {
        this.forest = forest;
        nodes = forest.Nodes;
        side = new byte[forest.FeatureCount];
        var players = Math.Min(forest.MaxDepth, forest.FeatureCount) + 1;
        rowFeatures = new int[players];
        backgroundFeatures = new int[players];
        stride = players + 1;
        weights = new double[stride * stride];
        for (var a = 1; a < stride; a++)
        {
            // (a−1)!0!/a! = 1/a, then each extra "out" player b multiplies by b/(a+b).
            weights[a * stride] = 1.0 / a;
            for (var b = 1; b < stride; b++)
            {
                weights[(a * stride) + b] = weights[(a * stride) + b - 1] * b / (a + b);
            }
        }
    }

    /// <summary>
    /// Adds to <paramref name="attributions"/> the attributions of one row against one background row for one output group
    /// (not yet divided by the number of background rows) and returns the background row's margin for the group.
    /// Σ added attributions = margin(row) − margin(background row).
    /// </summary>
    public double AddPair(double[] values, int offset, double[] background, int backgroundOffset, int group, double[] attributions, int attributionOffset)
    {
        var width = forest.FeatureCount;
        if (offset < 0 || offset + width > values.Length || backgroundOffset < 0 || backgroundOffset + width > background.Length
            || attributionOffset < 0 || attributionOffset + width > attributions.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset));
        }

        row = values;
        rowOffset = offset;
        reference = background;
        referenceOffset = backgroundOffset;
        phi = attributions;
        phiOffset = attributionOffset;
        var roots = forest.Roots;
        var groups = forest.Group;
        var margin = forest.BaseScores[group];
        for (var t = 0; t < roots.Length; t++)
        {
            if (groups[t] == group)
            {
                margin += Walk(roots[t], 0, 0);
            }
        }

        row = [];
        reference = [];
        phi = [];
        return margin;
    }

    // Returns the value of the leaf the background row itself reaches (the walk that always follows the background row).
    private double Walk(int nodeIndex, int fromRow, int fromBackground)
    {
        ref var first = ref MemoryMarshal.GetArrayDataReference(nodes);
        ref var x = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(row), rowOffset);
        ref var b = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(reference), referenceOffset);
        while (true)
        {
            ref readonly var node = ref Unsafe.Add(ref first, nodeIndex);
            var feature = node.Feature;
            if (feature < 0)
            {
                AddLeaf(node.Value, fromRow, fromBackground);
                return node.Value;
            }

            var rowLeft = GoesLeft(in node, Unsafe.Add(ref x, feature));
            var backgroundLeft = GoesLeft(in node, Unsafe.Add(ref b, feature));
            if (rowLeft == backgroundLeft)
            {
                nodeIndex = rowLeft ? node.Left : node.Right;
                continue;
            }

            switch (side[feature])
            {
                case FromRow:
                    nodeIndex = rowLeft ? node.Left : node.Right;
                    continue;
                case FromBackground:
                    nodeIndex = backgroundLeft ? node.Left : node.Right;
                    continue;
            }

            side[feature] = FromRow;
            rowFeatures[fromRow] = feature;
            Walk(rowLeft ? node.Left : node.Right, fromRow + 1, fromBackground);
            side[feature] = FromBackground;
            backgroundFeatures[fromBackground] = feature;
            var own = Walk(backgroundLeft ? node.Left : node.Right, fromRow, fromBackground + 1);
            side[feature] = Undecided;
            return own;
        }
    }

    private void AddLeaf(double value, int fromRow, int fromBackground)
    {
        if (fromRow + fromBackground == 0)
        {
            // Both rows reach this leaf whatever the coalition: no feature changes it.
            return;
        }

        ref var attributions = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(phi), phiOffset);
        if (fromRow > 0)
        {
            var gain = value * weights[(fromRow * stride) + fromBackground];
            for (var i = 0; i < fromRow; i++)
            {
                Unsafe.Add(ref attributions, rowFeatures[i]) += gain;
            }
        }

        if (fromBackground > 0)
        {
            var loss = value * weights[(fromBackground * stride) + fromRow];
            for (var i = 0; i < fromBackground; i++)
            {
                Unsafe.Add(ref attributions, backgroundFeatures[i]) -= loss;
            }
        }
    }

    private static bool GoesLeft(in ShapNode node, double value) =>
        double.IsNaN(value) ? node.DefaultLeft : (float)value < node.Threshold;
}
