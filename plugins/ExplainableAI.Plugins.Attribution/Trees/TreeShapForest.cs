using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The trees of an ensemble in the layout TreeSHAP walks: flat per-node arrays, the cover ratios of both children precomputed,
/// and per tree the cover-weighted mean of its leaves (the tree's expected value under the path-dependent distribution).
/// </summary>
internal sealed class TreeShapForest
{
    public TreeShapForest(TreeEnsemble ensemble)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        FeatureCount = ensemble.FeatureCount;
        GroupCount = ensemble.GroupCount;
        Feature = ensemble.SplitFeature.ToArray();
        Threshold = ensemble.Threshold.ToArray();
        DefaultLeft = ensemble.DefaultLeft.ToArray();
        Left = ensemble.Left.ToArray();
        Right = ensemble.Right.ToArray();
        Value = ensemble.LeafValue.ToArray();
        var cover = ensemble.Cover;
        var nodes = Feature.Length;
        LeftFraction = new double[nodes];
        RightFraction = new double[nodes];
        var start = ensemble.TreeStart;
        Roots = start[..^1].ToArray();
        Group = ensemble.TreeGroup.ToArray();
        BaseScores = ensemble.BaseScores.ToArray();
        ExpectedValues = ensemble.BaseScores.ToArray();
        for (var n = 0; n < nodes; n++)
        {
            if (Feature[n] >= 0)
            {
                // XGBoost divides by the node's own cover (not the sum of its children's), and so do we, to match its values.
                LeftFraction[n] = cover[Left[n]] / cover[n];
                RightFraction[n] = cover[Right[n]] / cover[n];
            }
        }

        Nodes = new ShapNode[nodes];
        for (var n = 0; n < nodes; n++)
        {
            Nodes[n] = new ShapNode
            {
                Feature = Feature[n],
                Threshold = Threshold[n],
                Left = Left[n],
                Right = Right[n],
                LeftFraction = LeftFraction[n],
                RightFraction = RightFraction[n],
                Value = Value[n],
                DefaultLeft = DefaultLeft[n],
            };
        }

        // Children follow their parents, so one backward pass gives every subtree its mean before its parent needs it, without
        // recursion (the ensemble bounds the depth, but this pass need not rely on it).
        var mean = new double[nodes];
        for (var n = nodes - 1; n >= 0; n--)
        {
            mean[n] = Feature[n] < 0 ? Value[n] : (LeftFraction[n] * mean[Left[n]]) + (RightFraction[n] * mean[Right[n]]);
        }

        for (var t = 0; t < Roots.Length; t++)
        {
            ExpectedValues[Group[t]] += mean[Roots[t]];
        }

        MaxDepth = ensemble.Depth;
    }

    public int FeatureCount { get; }

    /// <summary>The nodes packed one per struct (array of structs), the layout the TreeSHAP recursion walks.</summary>
    public ShapNode[] Nodes { get; }

    public int GroupCount { get; }

    public int[] Feature { get; }

    public float[] Threshold { get; }

    public bool[] DefaultLeft { get; }

    public int[] Left { get; }

    public int[] Right { get; }

    public double[] Value { get; }

    /// <summary>Per inner node, cover(left) / cover(node): the share of training rows that went left.</summary>
    public double[] LeftFraction { get; }

    /// <summary>Per inner node, cover(right) / cover(node).</summary>
    public double[] RightFraction { get; }

    public int[] Roots { get; }

    public int[] Group { get; }

    /// <summary>Per output group, the ensemble's starting margin.</summary>
    public double[] BaseScores { get; }

    /// <summary>Per tree, the index one past its last node (trees are stored one after another).</summary>
    public int TreeEnd(int tree) => tree + 1 < Roots.Length ? Roots[tree + 1] : Nodes.Length;

    /// <summary>Per output group, base score plus every tree's expected value: the SHAP base value.</summary>
    public double[] ExpectedValues { get; }

    /// <summary>The deepest root-to-leaf path, in edges (at most <see cref="TreeEnsemble.MaxSupportedDepth"/>).</summary>
    public int MaxDepth { get; }

    /// <summary>Whether a value goes left at an inner node (XGBoost's rule: single-precision comparison, NaN follows the default).</summary>
    public bool GoesLeft(int node, double value) =>
        double.IsNaN(value) ? DefaultLeft[node] : (float)value < Threshold[node];
}
