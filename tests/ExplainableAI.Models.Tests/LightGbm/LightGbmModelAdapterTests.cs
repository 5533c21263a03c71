using System.Globalization;
using ExplainableAI.Sdk;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Models.Tests;

/// <summary>
/// The LightGBM text reader on hand-written models: decision-type bits, missing-value rules, refusals, detection. (Agreement with
/// LightGBM itself on trained models is in the attribution tests, which train with the native library.)
/// </summary>
public sealed class LightGbmModelAdapterTests : IDisposable
{
    // decision_type bits: 1 categorical, 2 default left, (type << 2) with missing type 0 None, 1 Zero, 2 NaN.
    private const int NoneType = 0;
    private const int ZeroDefaultLeft = (1 << 2) | 2;
    private const int ZeroDefaultRight = 1 << 2;
    private const int NaNDefaultRight = 2 << 2;
    private const int NaNDefaultLeft = (2 << 2) | 2;

    private static readonly ModelLoader Loader = ModelLoader.CreateDefault();
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("xai-lgb-text-");

    public void Dispose() => folder.Delete(recursive: true);

    [Theory]
    [InlineData(NoneType, 3.0)] // None: NaN is read as 0, and 0 <= 0.5 goes left, to node 1, where b = 5 goes right: leaf 2 = 3.
    [InlineData(NaNDefaultRight, 2.0)] // NaN type: the stored default side (right): leaf 1 = 2.
    [InlineData(NaNDefaultLeft, 3.0)] // NaN type, default left: node 1, then leaf 2 = 3.
    public void Missing_value_follows_the_nodes_missing_type(int rootDecision, double expected)
    {
        var model = Load(Model(rootDecision, NoneType, "0.25"));

        Assert.Equal(expected, Margins(model, [double.NaN, 5])[0], 12);
    }

    [Fact]
    public void Zero_as_missing_sends_zero_and_missing_to_the_default_side()
    {
        // Node 1 splits b at 0.25 with missing type Zero and default left: 0 and NaN go left (leaf 0 = 1), as does 0.2; 0.3 goes right.
        var model = Load(Model(NoneType, ZeroDefaultLeft, "0.25"));

        Assert.Equal([1.0, 1.0, 1.0, 3.0], Margins(model, [0, 0], [0, double.NaN], [0, 0.2], [0, 0.3]));
    }

    [Fact]
    public void Zero_as_missing_against_the_threshold_is_refused_naming_tree_and_node()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => Load(Model(NoneType, ZeroDefaultRight, "0.25")));

        Assert.Contains("tree 0 node 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("zero_as_missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Categorical_split_is_refused_naming_tree_node_and_feature()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => Load(Model(1, NoneType, "0.25")));

        Assert.Contains("tree 0 node 0 splits 'a' by category", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Threshold_is_inclusive_and_compared_in_double_precision()
    {
        // 0.1 <= 0.1 goes left; the next double above 0.1 goes right, although both round to the same float.
        var model = Load(Model(NoneType, NoneType, "0.10000000000000001"));
        var above = Math.BitIncrement(0.1);

        Assert.Equal([1.0, 3.0], Margins(model, [0, 0.1], [0, above]));
    }

    [Fact]
    public void Ensemble_for_explainers_agrees_on_single_precision_inputs_and_carries_the_counts_as_covers()
    {
        var twoTrees = Model(NaNDefaultLeft, ZeroDefaultLeft, "0.25").Replace("tree_sizes=400", "tree_sizes=400 200", StringComparison.Ordinal) + SingleLeafTree;
        var model = Assert.IsAssignableFrom<ITreeEnsembleModel>(Load(twoTrees));
        double[][] rows = [[0.5f, 0.25f], [0.50000006f, 0.2500001f], [double.NaN, 0], [1, double.NaN], [-3, 7]];

        var margins = Margins(model, rows);

        var margin = new double[1];
        for (var r = 0; r < rows.Length; r++)
        {
            model.Ensemble.PredictMargins(rows[r], margin);
            Assert.Equal(margins[r], margin[0], 12);
        }

        // Depth-first layout: node 0 (60), node 1 (40), leaf 0 (10), leaf 2 (30), leaf 1 (20); then the single-leaf tree.
        Assert.Equal([60.0, 40, 10, 30, 20, 1], model.Ensemble.Cover.ToArray());
        Assert.Equal(2, model.Ensemble.TreeCount);
    }

    [Fact]
    public void Binary_probability_is_the_sigmoid_of_the_scaled_raw_score()
    {
        var model = Load(Model(NoneType, NoneType, "0.25", objective: "binary sigmoid:2"));

        var predictions = model.Predict(Matrix(model, [[0, 0]]), CancellationToken.None);

        // Leaf 0 = 1, scaled by sigmoid:2 to a margin of 2.
        Assert.Equal(2.0, predictions.Margins!.Value.Span[0], 12);
        Assert.Equal(1 / (1 + Math.Exp(-2.0)), predictions.Values.Span[0], 12);
        Assert.Equal(ModelTask.BinaryClassification, model.Task);
        Assert.Equal(["a", "b"], model.Features.Select(f => f.Name));
    }

    [Fact]
    public void A_txt_file_is_claimed_only_when_it_starts_like_a_lightgbm_model()
    {
        var adapter = new LightGbmModelAdapter();
        var model = Write("m.txt", Model(NoneType, NoneType, "0.25") + "end of trees\n");
        var notes = Write("notes.txt", "tree felling notes\n");

        Assert.True(adapter.CanLoad(model));
        Assert.False(adapter.CanLoad(notes));
        Assert.Equal("lightgbm", Loader.Load(model, null, new ModelLoadOptions()).Format);
    }

    [Fact]
    public void Unsupported_objective_is_refused_naming_it()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => Load(Model(NoneType, NoneType, "0.25", objective: "poisson")));

        Assert.Contains("'poisson'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_whose_tree_sizes_lists_more_trees_than_it_holds_is_refused_as_truncated()
    {
        // LightGBM reads as many trees as tree_sizes lists; holding one of two, the file would score with half the model.
        var text = Model(NoneType, NoneType, "0.25").Replace("tree_sizes=400", "tree_sizes=400 400", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidAuditInputException>(() => Load(text));

        Assert.Equal(10, error.Line);
        Assert.Contains("tree_sizes lists 2 trees but the file holds 1 Tree= blocks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_cut_off_before_end_of_trees_is_refused_as_truncated()
    {
        var text = Model(NoneType, NoneType, "0.25");
        var path = Write("cut.txt", text[..text.IndexOf("leaf_value", StringComparison.Ordinal)]);

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Contains("without the line 'end of trees'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trees_numbered_out_of_order_are_refused_naming_the_line()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => Load(Model(NoneType, NoneType, "0.25").Replace("Tree=0", "Tree=1", StringComparison.Ordinal)));

        Assert.Equal(12, error.Line);
        Assert.Contains("expected 'Tree=0'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("left_child=1 -1", "right_child=-2 -7", "tree 0 node 1 has the child -7")] // leaf 6 of 3
    [InlineData("left_child=1 -1", "right_child=-2 0", "tree 0 node 1 has the child 0")] // back to the root: a cycle
    [InlineData("left_child=1 -1", "right_child=-2 5", "tree 0 node 1 has the child 5")] // inner node 5 of 2
    public void Child_outside_the_tree_or_before_its_parent_is_refused_naming_tree_node_and_line(string leftLine, string rightLine, string expected)
    {
        var text = Model(NoneType, NoneType, "0.25")
            .Replace("left_child=1 -1", leftLine, StringComparison.Ordinal)
            .Replace("right_child=-2 -3", rightLine, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidAuditInputException>(() => Load(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("so the tree has no cycle", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Node_with_two_parents_is_refused()
    {
        // Root → node 1 on both sides: leaf 1 is never reached, and every walk from the root would visit node 1 twice.
        var text = Model(NoneType, NoneType, "0.25").Replace("right_child=-2 -3", "right_child=1 -3", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidAuditInputException>(() => Load(text));

        Assert.Contains("tree 0 node 1 is the child of 2 nodes", error.Message, StringComparison.Ordinal);
        Assert.Equal(12, error.Line);
    }

    [Fact]
    public void Tree_deeper_than_treeshap_supports_is_refused_naming_tree_limit_and_line()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => Load(ChainModel(TreeEnsemble.MaxSupportedDepth + 1)));

        Assert.Equal(12, error.Line);
        Assert.Contains("tree 0 is more than 256 levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tree_as_deep_as_supported_is_read_and_predicts_iteratively()
    {
        var model = Load(ChainModel(TreeEnsemble.MaxSupportedDepth));

        // Every split sends x = 1000 right to the next node (x > threshold i), so the row reaches the last leaf.
        Assert.Equal(TreeEnsemble.MaxSupportedDepth, Margins(model, [1000, 0])[0], 12);
        Assert.Equal(TreeEnsemble.MaxSupportedDepth, Assert.IsAssignableFrom<ITreeEnsembleModel>(model).Ensemble.Depth);
    }

    [Fact]
    public void Num_leaves_below_one_is_refused()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => Load(Model(NoneType, NoneType, "0.25").Replace("num_leaves=3", "num_leaves=0", StringComparison.Ordinal)));

        Assert.Contains("num_leaves=0; expected at least 1", error.Message, StringComparison.Ordinal);
    }

    // A chain of `depth` splits on feature a: node i sends x <= i to leaf i and the rest on to node i + 1; the last leaf is `depth`.
    private static string ChainModel(int depth)
    {
        var inner = Enumerable.Range(0, depth).ToArray();
        string Join(Func<int, string> f) => string.Join(' ', inner.Select(f));
        return Model(NoneType, NoneType, "0.25")
            .Replace("num_leaves=3", $"num_leaves={depth + 1}", StringComparison.Ordinal)
            .Replace("split_feature=0 1", "split_feature=" + Join(_ => "0"), StringComparison.Ordinal)
            .Replace("split_gain=1 1", "split_gain=" + Join(_ => "1"), StringComparison.Ordinal)
            .Replace("threshold=0.5 0.25", "threshold=" + Join(i => i.ToString(CultureInfo.InvariantCulture)), StringComparison.Ordinal)
            .Replace("decision_type=0 0", "decision_type=" + Join(_ => "0"), StringComparison.Ordinal)
            .Replace("left_child=1 -1", "left_child=" + Join(i => (~i).ToString(CultureInfo.InvariantCulture)), StringComparison.Ordinal)
            .Replace("right_child=-2 -3", "right_child=" + Join(i => (i + 1 < depth ? i + 1 : ~depth).ToString(CultureInfo.InvariantCulture)), StringComparison.Ordinal)
            .Replace("leaf_value=1 2 3", "leaf_value=" + string.Join(' ', Enumerable.Range(0, depth + 1)), StringComparison.Ordinal)
            .Replace("leaf_weight=10 20 30", "leaf_weight=" + string.Join(' ', Enumerable.Repeat(1, depth + 1)), StringComparison.Ordinal)
            .Replace("leaf_count=10 20 30", "leaf_count=" + string.Join(' ', Enumerable.Repeat(1, depth + 1)), StringComparison.Ordinal)
            .Replace("internal_value=0 0", "internal_value=" + Join(_ => "0"), StringComparison.Ordinal)
            .Replace("internal_weight=60 40", "internal_weight=" + Join(i => (depth + 1 - i).ToString(CultureInfo.InvariantCulture)), StringComparison.Ordinal)
            .Replace("internal_count=60 40", "internal_count=" + Join(i => (depth + 1 - i).ToString(CultureInfo.InvariantCulture)), StringComparison.Ordinal);
    }

    private const string SingleLeafTree = "Tree=1\nnum_leaves=1\nnum_cat=0\nsplit_feature=\nthreshold=\ndecision_type=\nleft_child=\nright_child=\nleaf_value=0\nleaf_count=\ninternal_count=\nis_linear=0\nshrinkage=1\n\n\n";

    private static string Model(int rootDecision, int childDecision, string childThreshold, string objective = "binary sigmoid:1") =>
        LightGbmText.TwoSplits(rootDecision, childDecision, childThreshold, objective);

    private IAuditModel Load(string text) =>
        Loader.Load(Write("m" + Guid.NewGuid().ToString("N") + ".txt", text + (text.Contains("end of trees", StringComparison.Ordinal) ? string.Empty : "end of trees\n")), null, new ModelLoadOptions()).Model;

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static double[] Margins(IAuditModel model, params double[][] rows) =>
        model.Predict(Matrix(model, rows), CancellationToken.None).Margins!.Value.ToArray();

    private static FeatureMatrix Matrix(IAuditModel model, double[][] rows) =>
        new(model.Features, [.. rows.SelectMany(r => r)], [.. model.Features.Select(_ => (IReadOnlyList<string>)[])]);
}
