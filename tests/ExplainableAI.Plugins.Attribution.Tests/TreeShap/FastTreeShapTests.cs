using CsCheck;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class FastTreeShapTests
{
    // Both algorithms are exact in real arithmetic; they differ only in rounding.
    private const double Tolerance = 1e-9;

    [Theory]
    [MemberData(nameof(XGBoostReference.Names), MemberType = typeof(XGBoostReference))]
    public void Precomputed_tables_give_the_recursive_values_on_every_fixture_and_class(string name)
    {
        var reference = XGBoostReference.Load(name);
        var forest = new TreeShapForest(((ITreeEnsembleModel)reference.Model).Ensemble);
        var tables = new FastTreeShapTables(forest);

        // 40 rows of the 500-tree model are enough, and keep the recursive oracle's run short.
        var width = forest.FeatureCount;
        var rows = reference.Rows.WithValues(reference.Rows.Values.AsSpan(0, Math.Min(40, reference.Rows.RowCount) * width).ToArray());

        Assert.Equal(forest.Roots.Length, tables.PrecomputedTrees);
        for (var k = 0; k < forest.GroupCount; k++)
        {
            var (fast, fastBase) = TreeShapExplainer.Explain(tables, rows, k, 1, null, CancellationToken.None);
            var (recursive, recursiveBase) = TreeShapExplainer.ExplainRecursive(forest, rows, k, null, null, CancellationToken.None);

            Assert.Equal(recursiveBase, fastBase);
            AssertClose(recursive, fast);
        }
    }

    [Fact]
    public void Trees_beyond_the_memory_bound_fall_back_to_the_recursive_algorithm_with_the_same_values()
    {
        var reference = XGBoostReference.Load("xgb_binary_medium");
        var forest = new TreeShapForest(((ITreeEnsembleModel)reference.Model).Ensemble);

        // Room for a few trees' tables only: the rest are explained recursively, in the same run.
        var partial = new FastTreeShapTables(forest, maxBytes: 40_000);
        var none = new FastTreeShapTables(forest, maxBytes: 0);
        var (recursive, _) = TreeShapExplainer.ExplainRecursive(forest, reference.Rows, 0, 1, null, CancellationToken.None);

        Assert.InRange(partial.PrecomputedTrees, 1, forest.Roots.Length - 1);
        Assert.Equal(0, none.PrecomputedTrees);
        AssertClose(recursive, TreeShapExplainer.Explain(partial, reference.Rows, 0, 2, null, CancellationToken.None).Values);
        AssertClose(recursive, TreeShapExplainer.Explain(none, reference.Rows, 0, 2, null, CancellationToken.None).Values);
    }

    [Fact]
    public void A_leaf_table_holds_the_hand_computed_path_weights()
    {
        // One tree: x0 < 0.5 (cover 10 → 4 left, 6 right); left leaf 1; right: x1 < 0.5 (cover 6 → 3, 3), leaves 2 and 4.
        // The right-right leaf (value 4) has F = {x0, x1}, z = (0.6, 0.5), m = 2, w(0) = w(1) = 1/2:
        // B(∅) = w0·z0·z1 = 0.15; B({x0}) = B(∅) + w1·z1 = 0.4; B({x1}) = B(∅) + w1·z0 = 0.45; table = 4·B.
        var ensemble = new TreeEnsemble(
            2, [0, 5], [0], [0, -1, 1, -1, -1], [0.5f, 0, 0.5f, 0, 0], [true, true, true, true, true],
            [1, -1, 3, -1, -1], [2, -1, 4, -1, -1], [0, 1, 0, 2, 4], [10, 4, 6, 3, 3], [0], TreeLink.Identity);
        var tables = new FastTreeShapTables(new TreeShapForest(ensemble));

        var leaf = tables.Leaves.Single(l => l.Node == 4);
        Assert.Equal(2, leaf.Width);
        Assert.Equal([0, 1], tables.SlotFeature.AsSpan(leaf.Slot, 2).ToArray());
        Assert.Equal(4 * 0.15, tables.Table[leaf.Table], 15);
        Assert.Equal(4 * 0.4, tables.Table[leaf.Table + 1], 15);
        Assert.Equal(4 * 0.45, tables.Table[leaf.Table + 2], 15);

        // Row (1, 1) reaches the right-right leaf. Leaf 1 (F = {x0}, z = 0.4) fails x0: φ0 −= 1·0.4. Leaf 2 (value 2) satisfies x0,
        // fails x1: φ1 −= 2·B({x0}) = 0.8, φ0 += (0.4/0.6)·2·B(∅) = 0.2. Leaf 4 satisfies both: φ0 += (0.4/0.6)·4·B({x1}) = 1.2,
        // φ1 += (0.5/0.5)·4·B({x0}) = 1.6. So φ = (1.0, 0.8); by the definition v(∅) = 2.2, v({0}) = 3, v({1}) = 2.8, v({0,1}) = 4
        // gives φ0 = ½(0.8 + 1.2) = 1.0 and φ1 = ½(0.6 + 1.0) = 0.8 as well.
        var phi = new double[2];
        new FastTreeShap(tables).Explain([1.0, 1.0], 0, 1, 0, phi);
        Assert.Equal(1.0, phi[0], 12);
        Assert.Equal(0.8, phi[1], 12);
    }

    [Fact]
    public void Precomputed_tables_give_the_recursive_values_on_random_trees()
    {
        Gen.Select(Gen.Int, Gen.Int[1, 6], Gen.Int[1, 4], Gen.Int[1, 7], Gen.Int[0, 7]).Sample((seed, features, trees, depth, widest) =>
        {
            var random = new Random(seed);
            var ensemble = RandomTrees.Ensemble(random, features, trees, depth);
            var forest = new TreeShapForest(ensemble);

            // A random path-width bound mixes precomputed and recursive trees in one forest.
            var shap = new FastTreeShap(new FastTreeShapTables(forest, maxPathFeatures: widest));
            var oracle = new PathDependentTreeShap(forest);
            const int Rows = 5;
            var x = new double[Rows * features];
            for (var r = 0; r < Rows; r++)
            {
                RandomTrees.Row(random, features).CopyTo(x, r * features);
            }

            var phi = new double[Rows * features];
            shap.Explain(x, 0, Rows, 0, phi);
            var expected = new double[Rows * features];
            for (var r = 0; r < Rows; r++)
            {
                oracle.Explain(x, r * features, 0, expected, r * features);
            }

            AssertClose(expected, phi);
        }, iter: 300);
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"entry {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
