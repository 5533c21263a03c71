using System.Globalization;

namespace ExplainableAI.Tests.Shared;

/// <summary>
/// A small LightGBM text model as <c>Booster.save_model</c> writes it, for tests that read it as is or spoil one part of it
/// (linked into the model tests and the hostile-input corpus, so the format is written down once).
/// </summary>
internal static class LightGbmText
{
    /// <summary>
    /// One tree on features a and b. Node 0: a &lt;= 0.5 → node 1, else leaf 1 (2). Node 1: b &lt;= t → leaf 0 (1), else leaf 2 (3).
    /// Ends after the tree, without the closing <c>end of trees</c> line.
    /// </summary>
    public static string TwoSplits(int rootDecision = 0, int childDecision = 0, string childThreshold = "0.25", string objective = "binary sigmoid:1") =>
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
}
