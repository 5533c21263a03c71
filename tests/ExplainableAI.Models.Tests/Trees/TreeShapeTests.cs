using ExplainableAI.Sdk;

namespace ExplainableAI.Models.Tests;

/// <summary>
/// What every tree ensemble must be, whatever file it came from: a tree (each node reached once from its root) no deeper than
/// <see cref="TreeEnsemble.MaxSupportedDepth"/>, checked and laid out without recursion so a hostile file cannot overflow the stack.
/// </summary>
public sealed class TreeShapeTests
{
    [Fact]
    public void Ensemble_reports_the_depth_of_its_deepest_tree()
    {
        var ensemble = Chain(3);

        Assert.Equal(3, ensemble.Depth);
    }

    [Fact]
    public void Ensemble_as_deep_as_supported_is_accepted()
    {
        Assert.Equal(TreeEnsemble.MaxSupportedDepth, Chain(TreeEnsemble.MaxSupportedDepth).Depth);
    }

    [Theory]
    [InlineData(TreeEnsemble.MaxSupportedDepth + 1)]
    [InlineData(30_000)]
    public void Ensemble_deeper_than_supported_is_refused_naming_tree_and_limit(int depth)
    {
        var error = Assert.Throws<NotSupportedException>(() => Chain(depth));

        Assert.Equal("Tree 0 is more than 256 levels deep; at most 256 are supported.", error.Message);
    }

    [Fact]
    public void Ensemble_with_a_node_of_two_parents_is_refused()
    {
        // Node 0 sends both sides to node 1, so every walk from the root would visit node 1 twice.
        var error = Assert.Throws<ArgumentException>(() => new TreeEnsemble(
            1, [0, 4], [0], [0, 0, -1, -1], [0f, 0f, 0f, 0f], [false, false, false, false], [1, 2, -1, -1], [1, 3, -1, -1],
            [0, 0, 1, 2], [4, 2, 1, 1], [0.0], TreeLink.Identity));

        Assert.StartsWith("Node 1 of tree 0 is the child of two nodes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_lays_out_a_tree_deeper_than_the_stack_without_recursion_and_the_ensemble_refuses_it()
    {
        // Inner node i: left to leaf i, right to node i + 1; the last goes right to leaf `depth`. Recursively, 30,000 levels
        // overflowed the stack and ended the process.
        const int Depth = 30_000;
        var builder = new TreeEnsembleBuilder();
        builder.AddTree(0, Depth, n => (0, n, false, ~n, n + 1 < Depth ? n + 1 : ~Depth, 1), l => (l, 1));

        var error = Assert.Throws<NotSupportedException>(() => builder.Build(1, [0.0], TreeLink.Identity, withCovers: true));

        Assert.Contains("at most 256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_refuses_a_cycle_instead_of_following_it_forever()
    {
        var builder = new TreeEnsembleBuilder();

        var error = Assert.Throws<ArgumentException>(() => builder.AddTree(0, 2, n => (0, n, false, ~0, n == 0 ? 1 : 0, 1), l => (l, 1)));

        Assert.StartsWith("Tree 0 reaches a node twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_lays_out_depth_first_with_the_left_subtree_first()
    {
        // Node 0 → (node 1, leaf 2); node 1 → (leaf 0, leaf 1). Depth first: node 0, node 1, leaf 0, leaf 1, leaf 2.
        var builder = new TreeEnsembleBuilder();
        builder.AddTree(0, 2, n => n == 0 ? (0, 0.5f, false, 1, ~2, 3) : (0, 0.25f, false, ~0, ~1, 2), l => (10 + l, 1));

        var ensemble = builder.Build(1, [0.0], TreeLink.Identity, withCovers: true);

        Assert.Equal([0, 0, -1, -1, -1], ensemble.SplitFeature.ToArray());
        Assert.Equal([1, 2, -1, -1, -1], ensemble.Left.ToArray());
        Assert.Equal([4, 3, -1, -1, -1], ensemble.Right.ToArray());
        Assert.Equal([0.0, 0, 10, 11, 12], ensemble.LeafValue.ToArray());
    }

    // A chain of `depth` splits: inner node 2i goes left to leaf 2i + 1 and right to node 2i + 2; the last node is a leaf.
    private static TreeEnsemble Chain(int depth)
    {
        var nodes = (2 * depth) + 1;
        var split = new int[nodes];
        var left = new int[nodes];
        var right = new int[nodes];
        for (var n = 0; n < nodes; n++)
        {
            var inner = n % 2 == 0 && n < nodes - 1;
            split[n] = inner ? 0 : -1;
            left[n] = inner ? n + 1 : -1;
            right[n] = inner ? n + 2 : -1;
        }

        return new TreeEnsemble(
            1, [0, nodes], [0], split, new float[nodes], new bool[nodes], left, right, new double[nodes], Enumerable.Repeat(1.0, nodes).ToArray(), [0.0], TreeLink.Identity);
    }
}
