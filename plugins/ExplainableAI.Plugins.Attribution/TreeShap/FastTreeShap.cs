using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Path-dependent TreeSHAP from precomputed leaf tables (<see cref="FastTreeShapTables"/>): the same values as
/// <see cref="PathDependentTreeShap"/> in O(L·D) per tree. A block of rows is explained tree by tree, so one tree's nodes and
/// tables stay in cache while every row of the block uses them. One instance holds the buffers of one thread and allocates
/// nothing per row; it is not thread-safe — use one per thread.
/// </summary>
internal sealed class FastTreeShap
{
    private readonly FastTreeShapTables tables;

    // Per node of the current tree: the pattern bits the row fails on the path from the root to the node.
    private readonly int[] failed;
    private PathDependentTreeShap? recursive;

    public FastTreeShap(FastTreeShapTables tables)
    {
        this.tables = tables;
        failed = new int[Math.Max(1, tables.MaxTreeNodes)];
    }

    /// <summary>
    /// Adds the attributions of rows <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1 (row-major
    /// in <paramref name="values"/>) for one output group to the same rows of <paramref name="attributions"/>.
    /// </summary>
    public void Explain(double[] values, int first, int count, int group, double[] attributions)
    {
        var forest = tables.Forest;
        var width = forest.FeatureCount;
        if (first < 0 || count < 0 || (long)(first + count) * width > values.Length || (long)(first + count) * width > attributions.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(first));
        }

        var groups = forest.Group;
        for (var t = 0; t < groups.Length; t++)
        {
            if (groups[t] != group)
            {
                continue;
            }

            if (!tables.Precomputed[t])
            {
                recursive ??= new PathDependentTreeShap(forest);
                for (var r = first; r < first + count; r++)
                {
                    recursive.ExplainTree(values, r * width, t, attributions, r * width);
                }

                continue;
            }

            for (var r = first; r < first + count; r++)
            {
                AddTree(t, ref values[r * width], ref attributions[r * width]);
            }
        }
    }

    private void AddTree(int tree, ref double x, ref double phi)
    {
        ref var failedBits = ref MemoryMarshal.GetArrayDataReference(failed);
        ref var inner = ref MemoryMarshal.GetArrayDataReference(tables.Inner);
        failedBits = 0;
        var end = tables.InnerStart[tree + 1];
        for (var i = tables.InnerStart[tree]; i < end; i++)
        {
            ref readonly var node = ref Unsafe.Add(ref inner, i);
            var value = Unsafe.Add(ref x, node.Feature);
            var left = double.IsNaN(value) ? node.DefaultLeft : (float)value < node.Threshold;
            var above = Unsafe.Add(ref failedBits, node.Node);
            var bit = node.Bit;
            var leftFails = left ? 0 : bit;
            Unsafe.Add(ref failedBits, node.Left) = above | leftFails;
            Unsafe.Add(ref failedBits, node.Right) = above | (bit ^ leftFails);
        }

        ref var leaves = ref MemoryMarshal.GetArrayDataReference(tables.Leaves);
        ref var table = ref MemoryMarshal.GetArrayDataReference(tables.Table);
        ref var slotFeature = ref MemoryMarshal.GetArrayDataReference(tables.SlotFeature);
        ref var slotCoefficient = ref MemoryMarshal.GetArrayDataReference(tables.SlotCoefficient);
        var leafEnd = tables.LeafStart[tree + 1];
        for (var l = tables.LeafStart[tree]; l < leafEnd; l++)
        {
            ref readonly var leaf = ref Unsafe.Add(ref leaves, l);
            var m = leaf.Width;
            var pattern = ((1 << m) - 1) & ~Unsafe.Add(ref failedBits, leaf.Node);
            ref var entries = ref Unsafe.Add(ref table, leaf.Table);
            for (var k = 0; k < m; k++)
            {
                // Satisfied slot k: (1 − z)/z · v·B(P ∖ {k}); failed slot k: −v·B(P) (P ∖ {k} = P then). No branch on the pattern.
                var satisfied = (pattern >> k) & 1;
                var slot = leaf.Slot + k;
                Unsafe.Add(ref phi, Unsafe.Add(ref slotFeature, slot)) +=
                    Unsafe.Add(ref slotCoefficient, (2 * slot) + satisfied) * Unsafe.Add(ref entries, pattern & ~(1 << k));
            }
        }
    }
}
