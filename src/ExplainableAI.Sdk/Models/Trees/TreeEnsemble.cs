namespace ExplainableAI.Sdk;

/// <summary>
/// A tree ensemble in a flat, read-only struct-of-arrays layout: the nodes of every tree are stored one after another, and
/// node arrays are indexed by the global node index. A node is a leaf when its <see cref="SplitFeature"/> is -1.
/// A row goes to the left child when <c>(float)x &lt; threshold</c> (the row's value rounded to single precision first, as
/// XGBoost and LightGBM do), and to the default child when the value is missing (NaN).
/// Margin of output group <c>k</c> = <c>BaseScores[k]</c> + Σ leaf values of the trees whose <see cref="TreeGroup"/> is <c>k</c>.
/// </summary>
public sealed class TreeEnsemble
{
    /// <summary>
    /// The deepest tree accepted, in splits from the root to a leaf: 256. Path-dependent TreeSHAP keeps a path buffer that grows
    /// with the square of the depth and does work that grows with its cube, and it walks trees recursively; real boosted trees are
    /// rarely deeper than a few dozen levels.
    /// </summary>
    public const int MaxSupportedDepth = 256;

    private readonly int[] treeStart;
    private readonly int[] treeGroup;
    private readonly int[] splitFeature;
    private readonly float[] threshold;
    private readonly bool[] defaultLeft;
    private readonly int[] left;
    private readonly int[] right;
    private readonly double[] leafValue;
    private readonly double[] cover;
    private readonly double[] baseScores;

    /// <summary>Creates an ensemble and checks that its arrays agree.</summary>
    /// <param name="featureCount">Number of model features; split features index them.</param>
    /// <param name="treeStart">Per tree, the global index of its root; one extra final entry holds the total node count.</param>
    /// <param name="treeGroup">Per tree, the output group (class) it adds to.</param>
    /// <param name="splitFeature">Per node, the feature it splits on, or -1 for a leaf.</param>
    /// <param name="threshold">Per node, the split threshold (single precision, as the model stores it).</param>
    /// <param name="defaultLeft">Per node, whether a missing value goes left.</param>
    /// <param name="left">Per node, the global index of the left child (-1 for a leaf).</param>
    /// <param name="right">Per node, the global index of the right child (-1 for a leaf).</param>
    /// <param name="leafValue">Per node, the leaf value (ignored for inner nodes).</param>
    /// <param name="cover">Per node, the training cover (sum of hessians or row count) that reached it; positive.</param>
    /// <param name="baseScores">Per output group, the starting margin.</param>
    /// <param name="link">How margins become outputs.</param>
    /// <exception cref="ArgumentException">The arrays do not describe valid trees: a child outside its tree or not after its parent, or a
    /// node that is the child of two nodes.</exception>
    /// <exception cref="NotSupportedException">A tree is deeper than <see cref="MaxSupportedDepth"/>.</exception>
    public TreeEnsemble(
        int featureCount,
        int[] treeStart,
        int[] treeGroup,
        int[] splitFeature,
        float[] threshold,
        bool[] defaultLeft,
        int[] left,
        int[] right,
        double[] leafValue,
        double[] cover,
        double[] baseScores,
        TreeLink link)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(featureCount);
        ArgumentNullException.ThrowIfNull(treeStart);
        ArgumentNullException.ThrowIfNull(treeGroup);
        ArgumentNullException.ThrowIfNull(splitFeature);
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentNullException.ThrowIfNull(defaultLeft);
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(leafValue);
        ArgumentNullException.ThrowIfNull(cover);
        ArgumentNullException.ThrowIfNull(baseScores);
        if (treeStart.Length != treeGroup.Length + 1 || treeStart[0] != 0)
        {
            throw new ArgumentException("One start per tree plus the total node count is needed, starting at 0.", nameof(treeStart));
        }

        var nodes = treeStart[^1];
        if (splitFeature.Length != nodes || threshold.Length != nodes || defaultLeft.Length != nodes || left.Length != nodes
            || right.Length != nodes || leafValue.Length != nodes || cover.Length != nodes)
        {
            throw new ArgumentException($"Every node array must have {nodes} entries.", nameof(splitFeature));
        }

        if (baseScores.Length == 0 || (link == TreeLink.Softmax) != (baseScores.Length > 1))
        {
            throw new ArgumentException("One base score is needed per output group; several only with the softmax link.", nameof(baseScores));
        }

        // Children follow their parents, so one forward pass gives every reachable node its depth, without recursion: a hostile
        // file's tree may be far deeper than the stack. Nodes no root reaches (XGBoost's deleted nodes) get none.
        var depth = new int[nodes];
        Array.Fill(depth, -1);
        for (var t = 0; t < treeGroup.Length; t++)
        {
            if (treeGroup[t] < 0 || treeGroup[t] >= baseScores.Length || treeStart[t + 1] <= treeStart[t])
            {
                throw new ArgumentException($"Tree {t} has no nodes or an unknown output group.", nameof(treeGroup));
            }

            depth[treeStart[t]] = 0;
            for (var n = treeStart[t]; n < treeStart[t + 1]; n++)
            {
                var feature = splitFeature[n];
                if (feature == -1)
                {
                    continue;
                }

                if (feature < 0 || feature >= featureCount
                    || left[n] <= n || left[n] >= treeStart[t + 1] || right[n] <= n || right[n] >= treeStart[t + 1])
                {
                    throw new ArgumentException($"Node {n} of tree {t} has an unknown feature or children outside its tree.", nameof(splitFeature));
                }

                if (depth[n] >= 0)
                {
                    Depth = Math.Max(Depth, depth[n] + 1);
                    SetDepth(depth, left[n], depth[n] + 1, t);
                    SetDepth(depth, right[n], depth[n] + 1, t);
                }
            }
        }

        FeatureCount = featureCount;
        this.treeStart = treeStart;
        this.treeGroup = treeGroup;
        this.splitFeature = splitFeature;
        this.threshold = threshold;
        this.defaultLeft = defaultLeft;
        this.left = left;
        this.right = right;
        this.leafValue = leafValue;
        this.cover = cover;
        this.baseScores = baseScores;
        Link = link;
    }

    /// <summary>
    /// Creates an ensemble whose format stores no training covers (such as ML.NET's FastTree): <see cref="HasCovers"/> is
    /// <see langword="false"/> and <see cref="Cover"/> is empty until <see cref="WithCovers"/> estimates them from data.
    /// The parameters are those of the other constructor, without the covers.
    /// </summary>
    /// <inheritdoc cref="TreeEnsemble(int, int[], int[], int[], float[], bool[], int[], int[], double[], double[], double[], TreeLink)" path="/param"/>
    /// <exception cref="ArgumentException">The arrays do not describe valid trees.</exception>
    public TreeEnsemble(
        int featureCount,
        int[] treeStart,
        int[] treeGroup,
        int[] splitFeature,
        float[] threshold,
        bool[] defaultLeft,
        int[] left,
        int[] right,
        double[] leafValue,
        double[] baseScores,
        TreeLink link)
        : this(featureCount, treeStart, treeGroup, splitFeature, threshold, defaultLeft, left, right, leafValue,
            new double[splitFeature?.Length ?? 0], baseScores, link)
    {
        cover = [];
        HasCovers = false;
    }

    /// <summary>
    /// Whether <see cref="Cover"/> holds the model's training covers (or covers from <see cref="WithCovers"/>). Path-dependent TreeSHAP
    /// needs covers; without them, estimate them from background data with <see cref="WithCovers"/>.
    /// </summary>
    public bool HasCovers { get; } = true;

    /// <summary>Number of model features.</summary>
    public int FeatureCount { get; }

    /// <summary>The deepest root-to-leaf path over all trees, in splits (0 when every tree is a single leaf).</summary>
    public int Depth { get; }

    /// <summary>Number of trees.</summary>
    public int TreeCount => treeGroup.Length;

    /// <summary>Number of nodes over all trees.</summary>
    public int NodeCount => splitFeature.Length;

    /// <summary>Number of output groups (1, or the number of classes for softmax).</summary>
    public int GroupCount => baseScores.Length;

    /// <summary>How margins become outputs.</summary>
    public TreeLink Link { get; }

    /// <summary>Per tree, the global index of its root, plus a final entry with the node count.</summary>
    public ReadOnlySpan<int> TreeStart => treeStart;

    /// <summary>Per tree, the output group it adds to.</summary>
    public ReadOnlySpan<int> TreeGroup => treeGroup;

    /// <summary>Per node, the split feature, or -1 for a leaf.</summary>
    public ReadOnlySpan<int> SplitFeature => splitFeature;

    /// <summary>Per node, the split threshold: left when <c>(float)x &lt; threshold</c>.</summary>
    public ReadOnlySpan<float> Threshold => threshold;

    /// <summary>Per node, whether a missing value goes left.</summary>
    public ReadOnlySpan<bool> DefaultLeft => defaultLeft;

    /// <summary>Per node, the global index of the left child, or -1.</summary>
    public ReadOnlySpan<int> Left => left;

    /// <summary>Per node, the global index of the right child, or -1.</summary>
    public ReadOnlySpan<int> Right => right;

    /// <summary>Per node, the leaf value (margin contribution) of a leaf.</summary>
    public ReadOnlySpan<double> LeafValue => leafValue;

    /// <summary>Per node, the training cover that reached it; empty when <see cref="HasCovers"/> is <see langword="false"/>.</summary>
    public ReadOnlySpan<double> Cover => cover;

    /// <summary>Per output group, the starting margin.</summary>
    public ReadOnlySpan<double> BaseScores => baseScores;

    /// <summary>
    /// The same trees with covers counted from data: each leaf's cover is the number of <paramref name="rows"/> that reach it plus a
    /// pseudo-count of 10⁻⁶ (so that a node no row reaches still splits its weight in proportion to its leaves), and an inner node's
    /// cover is the sum of its children's. Path-dependent TreeSHAP on these covers integrates over the data's own distribution.
    /// </summary>
    /// <param name="rows">The rows (a background sample), one value per feature, NaN missing.</param>
    /// <returns>A new ensemble with <see cref="HasCovers"/> set.</returns>
    /// <exception cref="ArgumentException">The rows do not have <see cref="FeatureCount"/> features, or there are none.</exception>
    public TreeEnsemble WithCovers(FeatureMatrix rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Features.Count != FeatureCount || rows.RowCount == 0)
        {
            throw new ArgumentException($"Covers need at least one row of {FeatureCount} features.", nameof(rows));
        }

        const double PseudoCount = 1e-6;
        var counted = new double[NodeCount];
        for (var n = 0; n < counted.Length; n++)
        {
            counted[n] = splitFeature[n] < 0 ? PseudoCount : 0;
        }

        for (var r = 0; r < rows.RowCount; r++)
        {
            var row = rows.Row(r);
            for (var t = 0; t < TreeCount; t++)
            {
                counted[FindLeaf(t, row)] += 1;
            }
        }

        // Children follow their parents, so one backward pass sums every subtree.
        for (var n = counted.Length - 1; n >= 0; n--)
        {
            if (splitFeature[n] >= 0)
            {
                counted[n] = counted[left[n]] + counted[right[n]];
            }
        }

        return new TreeEnsemble(
            FeatureCount, treeStart, treeGroup, splitFeature, threshold, defaultLeft, left, right, leafValue, counted, baseScores, Link);
    }

    // A node reached twice would make every walk from the root visit its subtree twice (exponentially often along a chain).
    private static void SetDepth(int[] depth, int child, int value, int tree)
    {
        if (depth[child] >= 0)
        {
            throw new ArgumentException($"Node {child} of tree {tree} is the child of two nodes; expected a tree.", nameof(left));
        }

        if (value > MaxSupportedDepth)
        {
            throw new NotSupportedException($"Tree {tree} is more than {MaxSupportedDepth} levels deep; at most {MaxSupportedDepth} are supported.");
        }

        depth[child] = value;
    }

    /// <summary>The leaf a row reaches in one tree.</summary>
    /// <param name="tree">Zero-based tree.</param>
    /// <param name="row">The row, one value per feature (NaN missing).</param>
    /// <returns>The global index of the leaf.</returns>
    public int FindLeaf(int tree, ReadOnlySpan<double> row)
    {
        var node = treeStart[tree];
        while (splitFeature[node] >= 0)
        {
            node = GoesLeft(node, row[splitFeature[node]]) ? left[node] : right[node];
        }

        return node;
    }

    /// <summary>Whether a value goes to the left child of an inner node.</summary>
    /// <param name="node">Global node index.</param>
    /// <param name="value">The feature's value (NaN missing).</param>
    /// <returns><see langword="true"/> for left.</returns>
    public bool GoesLeft(int node, double value) =>
        double.IsNaN(value) ? defaultLeft[node] : (float)value < threshold[node];

    /// <summary>Computes a row's margins, one per output group.</summary>
    /// <param name="row">The row, one value per feature (NaN missing).</param>
    /// <param name="margins">Receives one margin per output group.</param>
    public void PredictMargins(ReadOnlySpan<double> row, Span<double> margins)
    {
        if (row.Length != FeatureCount || margins.Length != GroupCount)
        {
            throw new ArgumentException($"Expected {FeatureCount} values and room for {GroupCount} margins.", nameof(row));
        }

        baseScores.CopyTo(margins);
        for (var t = 0; t < treeGroup.Length; t++)
        {
            margins[treeGroup[t]] += leafValue[FindLeaf(t, row)];
        }
    }
}
