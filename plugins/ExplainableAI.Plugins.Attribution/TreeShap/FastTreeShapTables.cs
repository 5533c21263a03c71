namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The per-leaf precomputation of FastTreeSHAP v2 (Yang 2022, "Fast TreeSHAP: accelerating SHAP value computation for trees"),
/// in our own derivation. For a leaf with value v whose path meets the distinct features F (m = |F|), feature j's zero
/// fraction z_j is the product of the cover ratios of the path's splits on j, and its one fraction is 1 when the explained row
/// satisfies all of them (j ∈ P, the row's pattern) and 0 otherwise. The leaf's path-dependent game is
/// v(S) = v·Π_{j∈S} one_j·Π_{j∈F∖S} z_j, and with B(P) = Σ_{S⊆P} w(|S|)·Π_{j∈F∖S} z_j, w(s) = s!(m−s−1)!/m!, its Shapley values are
/// φ_i = −v·B(P) for i ∉ P and φ_i = v·(1 − z_i)/z_i·B(P ∖ {i}) for i ∈ P. The table v·B(P) over all 2^m patterns is built once
/// per leaf, so explaining a row needs only the row's pattern at each leaf: O(L·D) per tree instead of O(L·D²).
/// </summary>
/// <remarks>
/// The tables take Σ_leaves 2^m doubles. A tree is precomputed only when its widest path has at most
/// <see cref="DefaultMaxPathFeatures"/> distinct features, every zero fraction is positive (the division above), and the running
/// total stays within <see cref="DefaultMaxBytes"/>; the other trees are explained by the recursive algorithm
/// (<see cref="PathDependentTreeShap"/>), which gives the same values.
/// </remarks>
internal sealed class FastTreeShapTables
{
    /// <summary>Widest path (distinct features) whose leaves get tables: 2^12 doubles = 32 KB per leaf.</summary>
    public const int DefaultMaxPathFeatures = 12;

    /// <summary>Memory bound of all tables together: 128 MB.</summary>
    public const long DefaultMaxBytes = 128L << 20;

    // Masks are ints, and 2^20 doubles per leaf is already absurd.
    private const int Widest = 20;

    public FastTreeShapTables(TreeShapForest forest, int maxPathFeatures = DefaultMaxPathFeatures, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(forest);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPathFeatures);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxPathFeatures, Widest);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        Forest = forest;
        var trees = forest.Roots.Length;
        Precomputed = new bool[trees];
        InnerStart = new int[trees + 1];
        LeafStart = new int[trees + 1];

        // First pass: every tree's leaf paths, and which trees get tables within the bounds.
        var treePaths = new List<LeafPath>?[trees];
        var treeBits = new int[trees][];
        long used = 0;
        var widestKept = 0;
        for (var t = 0; t < trees; t++)
        {
            var root = forest.Roots[t];
            var size = forest.TreeEnd(t) - root;
            MaxTreeNodes = Math.Max(MaxTreeNodes, size);
            var paths = new List<LeafPath>();
            var bits = new int[size];
            Collect(forest, root, root, [], [], paths, bits);
            var widest = 0;
            long entries = 0;
            var divisible = true;
            foreach (var path in paths)
            {
                widest = Math.Max(widest, path.Features.Length);
                entries += path.Features.Length == 0 ? 0 : 1L << Math.Min(path.Features.Length, 62);
                divisible &= path.Zeros.All(z => z > 0 && double.IsFinite(1 / z));
            }

            if (widest <= maxPathFeatures && divisible && used + (entries * sizeof(double)) <= maxBytes)
            {
                used += entries * sizeof(double);
                widestKept = Math.Max(widestKept, widest);
                treePaths[t] = paths;
                treeBits[t] = bits;
                Precomputed[t] = true;
                PrecomputedTrees++;
            }
        }

        // Second pass: the flat arrays, sized exactly.
        var inner = new List<FastInnerNode>();
        var leaves = new List<FastLeaf>();
        var slotFeatures = new List<int>();
        var slotCoefficients = new List<double>();
        Table = new double[used / sizeof(double)];
        var tableUsed = 0;
        var weights = new double[widestKept + 1];
        var polynomials = new double[(1 << widestKept) * (widestKept + 1)];
        var outside = new double[1 << widestKept];
        for (var t = 0; t < trees; t++)
        {
            InnerStart[t] = inner.Count;
            LeafStart[t] = leaves.Count;
            if (treePaths[t] is { } paths)
            {
                var root = forest.Roots[t];
                for (var n = root; n < forest.TreeEnd(t); n++)
                {
                    var node = forest.Nodes[n];
                    if (node.Feature >= 0)
                    {
                        inner.Add(new FastInnerNode(n - root, node.Feature, node.Threshold, node.Left - root, node.Right - root, treeBits[t][n - root], node.DefaultLeft));
                    }
                }

                foreach (var path in paths)
                {
                    var m = path.Features.Length;
                    if (m == 0)
                    {
                        // A tree that is one leaf: a constant, no feature gets anything.
                        continue;
                    }

                    leaves.Add(new FastLeaf(path.Node - root, m, tableUsed, slotFeatures.Count));
                    for (var k = 0; k < m; k++)
                    {
                        slotFeatures.Add(path.Features[k]);
                        slotCoefficients.Add(-1);
                        slotCoefficients.Add((1 - path.Zeros[k]) / path.Zeros[k]);
                    }

                    FillTable(path, weights, polynomials, outside, Table.AsSpan(tableUsed, 1 << m));
                    tableUsed += 1 << m;
                }
            }

            InnerStart[t + 1] = inner.Count;
            LeafStart[t + 1] = leaves.Count;
        }

        Inner = [.. inner];
        Leaves = [.. leaves];
        SlotFeature = [.. slotFeatures];
        SlotCoefficient = [.. slotCoefficients];
    }

    public TreeShapForest Forest { get; }

    /// <summary>Per tree, whether it has tables (else the recursive algorithm explains it).</summary>
    public bool[] Precomputed { get; }

    /// <summary>Number of trees with tables.</summary>
    public int PrecomputedTrees { get; }

    /// <summary>Largest node count of one tree: the size of a worker's pattern buffer.</summary>
    public int MaxTreeNodes { get; }

    /// <summary>Per tree (and one past the last), the first of its entries in <see cref="Inner"/>.</summary>
    public int[] InnerStart { get; }

    /// <summary>Inner nodes of the precomputed trees, each tree's in increasing node order (parents before children).</summary>
    public FastInnerNode[] Inner { get; }

    /// <summary>Per tree (and one past the last), the first of its entries in <see cref="Leaves"/>.</summary>
    public int[] LeafStart { get; }

    /// <summary>Leaves of the precomputed trees.</summary>
    public FastLeaf[] Leaves { get; }

    /// <summary>Per leaf slot (distinct path feature, in order of first appearance from the root), the model feature.</summary>
    public int[] SlotFeature { get; }

    /// <summary>Per leaf slot, two multipliers of the table entry: [−1 (row fails the slot), (1 − z)/z (row satisfies it)].</summary>
    public double[] SlotCoefficient { get; }

    /// <summary>Per leaf, 2^m entries v·B(P) indexed by the pattern P (bit k = slot k satisfied).</summary>
    public double[] Table { get; }

    private static void Collect(TreeShapForest forest, int root, int node, int[] features, double[] zeros, List<LeafPath> paths, int[] bits)
    {
        var n = forest.Nodes[node];
        if (n.Feature < 0)
        {
            paths.Add(new LeafPath(node, features, zeros, n.Value));
            return;
        }

        // The slot of a feature is its position among the path's distinct features in order of first appearance; a node's
        // path is a prefix of every path below it, so one slot per node serves all its leaves.
        var slot = Array.IndexOf(features, n.Feature);
        if (slot < 0)
        {
            slot = features.Length;
            features = [.. features, n.Feature];
            zeros = [.. zeros, 1.0];
        }

        bits[node - root] = slot < 31 ? 1 << slot : 0;
        double[] left = [.. zeros];
        left[slot] *= n.LeftFraction;
        Collect(forest, root, n.Left, features, left, paths, bits);
        double[] right = [.. zeros];
        right[slot] *= n.RightFraction;
        Collect(forest, root, n.Right, features, right, paths, bits);
    }

    private static void FillTable(LeafPath path, double[] weights, double[] polynomials, double[] outside, Span<double> table)
    {
        var m = path.Features.Length;
        var z = path.Zeros;
        var stride = m + 1;
        var full = (1 << m) - 1;

        // w(s) = s!(m−s−1)!/m! for s < m: w(0) = 1/m, w(s+1) = w(s)·(s+1)/(m−s−1). B(full) is never read (no slot outside P).
        weights[0] = 1.0 / m;
        for (var s = 0; s + 1 < m; s++)
        {
            weights[s + 1] = weights[s] * (s + 1) / (m - s - 1);
        }

        weights[m] = 0;

        // outside[P] = Π_{j∉P} z_j, filled from the full pattern down.
        outside[full] = 1;
        for (var p = full - 1; p >= 0; p--)
        {
            var k = System.Numerics.BitOperations.TrailingZeroCount(~p);
            outside[p] = outside[p | (1 << k)] * z[k];
        }

        // polynomials[P][s] = Σ_{S⊆P, |S|=s} Π_{j∈P∖S} z_j: the coefficients of Π_{j∈P}(z_j + t), one factor added per bit.
        polynomials[0] = 1;
        table[0] = path.Value * weights[0] * outside[0];
        for (var p = 1; p <= full; p++)
        {
            var k = System.Numerics.BitOperations.TrailingZeroCount(p);
            var parent = (p & (p - 1)) * stride;
            var own = p * stride;
            var size = System.Numerics.BitOperations.PopCount((uint)p);
            polynomials[own] = z[k] * polynomials[parent];
            for (var s = 1; s < size; s++)
            {
                polynomials[own + s] = (z[k] * polynomials[parent + s]) + polynomials[parent + s - 1];
            }

            polynomials[own + size] = polynomials[parent + size - 1];
            var sum = 0.0;
            for (var s = 0; s <= size; s++)
            {
                sum += weights[s] * polynomials[own + s];
            }

            table[p] = path.Value * sum * outside[p];
        }
    }

    private sealed record LeafPath(int Node, int[] Features, double[] Zeros, double Value);
}
