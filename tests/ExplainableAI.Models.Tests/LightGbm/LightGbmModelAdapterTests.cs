using System.Globalization;
using ExplainableAI.Sdk;

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
        var model = Assert.IsAssignableFrom<ITreeEnsembleModel>(Load(Model(NaNDefaultLeft, ZeroDefaultLeft, "0.25") + SingleLeafTree));
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
        var model = Write("m.txt", Model(NoneType, NoneType, "0.25"));
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

    private const string SingleLeafTree = "Tree=1\nnum_leaves=1\nnum_cat=0\nsplit_feature=\nthreshold=\ndecision_type=\nleft_child=\nright_child=\nleaf_value=0\nleaf_count=\ninternal_count=\nis_linear=0\nshrinkage=1\n\n\n";

    // Node 0: a <= 0.5 → node 1, else leaf 1 (2). Node 1: b <= t → leaf 0 (1), else leaf 2 (3).
    private static string Model(int rootDecision, int childDecision, string childThreshold, string objective = "binary sigmoid:1") =>
        string.Create(CultureInfo.InvariantCulture, $"""
        tree
        version=v4
        num_class=1
        num_tree_per_iteration=1
        label_index=0
        max_feature_idx=1
        objective={objective}
        feature_names=a b
        feature_infos=[-3:3] [-3:7]
        tree_sizes=400

        Tree=0
        num_leaves=3
        num_cat=0
        split_feature=0 1
        split_gain=1 1
        threshold=0.5 {childThreshold}
        decision_type={rootDecision} {childDecision}
        left_child=1 -1
        right_child=-2 -3
        leaf_value=1 2 3
        leaf_weight=10 20 30
        leaf_count=10 20 30
        internal_value=0 0
        internal_weight=60 40
        internal_count=60 40
        is_linear=0
        shrinkage=0.1


        """).Replace("\r\n", "\n", StringComparison.Ordinal);

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
