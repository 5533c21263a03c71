using System.Globalization;
using System.Text.Json;
using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// Parses XGBoost's JSON model format (schema of XGBoost 1.x and 2.x) into a flat <see cref="TreeEnsemble"/>. A missing
/// or mistyped member is an error naming its path, such as <c>learner.gradient_booster.model.trees[3].split_indices</c>.
/// </summary>
internal static class XGBoostJsonReader
{
    /// <summary>
    /// XGBoost's own files are 8 levels deep (<c>learner.gradient_booster.model.trees[i].split_indices[j]</c>); the bound
    /// keeps a hostile file from recursing the parser into the ground.
    /// </summary>
    public const int MaxDepth = 64;

    private const string Description = "xgboost model file";

    private static readonly string[] IdentityObjectives = ["reg:squarederror", "reg:linear", "reg:absoluteerror", "reg:pseudohubererror"];

    public static XGBoostModel Read(string path)
    {
        JsonDocument document;
        try
        {
            using var stream = InputFile.OpenRead(path, Description);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException ex)
        {
            // JsonException positions are zero-based; the column is a byte offset in the line.
            var problem = ex.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.');
            throw new InvalidAuditInputException(
                $"not valid JSON: {problem}", file: path, line: (int?)(ex.LineNumber + 1), column: (int?)(ex.BytePositionInLine + 1), innerException: ex);
        }

        using (document)
        {
            return Parse(JsonField.Root(document, path), path);
        }
    }

    private static XGBoostModel Parse(JsonField root, string path)
    {
        var learner = root.Member("learner", "the object Booster.save_model writes (is this an XGBoost JSON model?)");
        var objective = learner.Member("objective", "an object with the objective's name").Member("name", "the objective's name").String();
        var parameters = learner.Member("learner_model_param", "an object with num_feature, num_class and base_score");
        var featureCount = parameters.Member("num_feature", "the number of features").Int32String();
        var classCount = parameters.Member("num_class", "the number of classes").Int32String();
        var baseScoreField = parameters.Member("base_score", "the base score");
        var baseScore = ParseBaseScore(baseScoreField);
        if (featureCount < 1)
        {
            throw parameters.Member("num_feature", string.Empty).Expected("a positive number of features");
        }

        var booster = learner.Member("gradient_booster", "the booster object");
        var boosterName = booster.Member("name", "the booster's name").String();
        if (!string.Equals(boosterName, "gbtree", StringComparison.Ordinal))
        {
            throw new InvalidAuditInputException($"the booster '{boosterName}' is not supported; expected gbtree", file: path, field: "gradient_booster");
        }

        var (task, link, groups) = objective switch
        {
            "binary:logistic" => (ModelTask.BinaryClassification, TreeLink.Logistic, 1),
            "multi:softprob" or "multi:softmax" => (ModelTask.MulticlassClassification, TreeLink.Softmax, classCount),
            _ when IdentityObjectives.Contains(objective, StringComparer.Ordinal) => (ModelTask.Regression, TreeLink.Identity, 1),
            _ => throw new InvalidAuditInputException(
                $"the objective '{objective}' is not supported; expected binary:logistic, multi:softprob, multi:softmax or reg:squarederror",
                file: path, field: "objective"),
        };
        if (groups < 1)
        {
            throw new InvalidAuditInputException($"the multiclass model declares {classCount} classes", file: path, field: "num_class");
        }

        // binary:logistic stores base_score as a probability; the margin starts at its logit. Other objectives store a margin.
        if (link == TreeLink.Logistic && baseScore is <= 0 or >= 1)
        {
            throw baseScoreField.Expected("a probability strictly between 0 and 1 for binary:logistic");
        }

        var baseMargin = link == TreeLink.Logistic ? Math.Log(baseScore / (1 - baseScore)) : baseScore;
        var baseScores = Enumerable.Repeat((double)(float)baseMargin, groups).ToArray();

        var model = booster.Member("model", "the trees' object");
        var trees = model.Member("trees", "an array of trees").Items("an array of trees");
        var treeInfo = model.Member("tree_info", "the output group of every tree").Items("an array of output groups");
        if (treeInfo.Count != trees.Count)
        {
            throw new InvalidAuditInputException(
                $"expected one output group per tree ({trees.Count}), found {treeInfo.Count}", file: path, field: model.Path + ".tree_info");
        }

        var treeStart = new int[trees.Count + 1];
        var treeGroup = new int[trees.Count];
        var nodes = new NodeLists();
        for (var t = 0; t < trees.Count; t++)
        {
            treeGroup[t] = treeInfo[t].Int32();
            if (treeGroup[t] < 0 || treeGroup[t] >= groups)
            {
                throw treeInfo[t].Expected($"an output group from 0 to {groups - 1}");
            }

            treeStart[t] = nodes.Split.Count;
            ReadTree(trees[t], featureCount, t, nodes);
        }

        treeStart[trees.Count] = nodes.Split.Count;
        var ensemble = new TreeEnsemble(
            featureCount, treeStart, treeGroup, [.. nodes.Split], [.. nodes.Threshold], [.. nodes.DefaultLeft], [.. nodes.Left], [.. nodes.Right],
            [.. nodes.Leaf], [.. nodes.Cover], baseScores, link);
        var features = ReadFeatureNames(learner, featureCount);
        var classes = task switch
        {
            ModelTask.BinaryClassification => new[] { "0", "1" },
            ModelTask.MulticlassClassification => [.. Enumerable.Range(0, groups).Select(k => k.ToString(CultureInfo.InvariantCulture))],
            _ => [],
        };
        return new XGBoostModel(ensemble, features, task, objective, classes);
    }

    private static void ReadTree(JsonField tree, int featureCount, int t, NodeLists nodes)
    {
        var lefts = tree.Member("left_children", "an array of left children").Items("an array of left children");
        var count = lefts.Count;
        var rights = PerNode(tree, "right_children", count);
        var indices = PerNode(tree, "split_indices", count);
        var conditions = PerNode(tree, "split_conditions", count);
        var defaults = PerNode(tree, "default_left", count);
        var hessians = PerNode(tree, "sum_hessian", count);
        if (count == 0)
        {
            throw tree.Member("left_children", string.Empty).Expected("at least one node");
        }

        if (tree.TryMember("split_type", out var types) && types.Items("an array of split types").FirstOrDefault(e => e.Int32() != 0) is { Path: not null } categorical)
        {
            throw new InvalidAuditInputException($"tree {t} has categorical splits, which are not supported", file: tree.File, field: categorical.Path);
        }

        var offset = nodes.Split.Count;
        for (var n = 0; n < count; n++)
        {
            var l = lefts[n].Int32();
            var value = conditions[n].Single();
            nodes.Cover.Add(hessians[n].Single());
            if (l == -1)
            {
                nodes.Split.Add(-1);
                nodes.Threshold.Add(0f);
                nodes.DefaultLeft.Add(false);
                nodes.Left.Add(-1);
                nodes.Right.Add(-1);

                // A leaf's split condition holds its value (learning rate already applied).
                nodes.Leaf.Add(value);
                continue;
            }

            var feature = indices[n].Int32();
            if (feature < 0 || feature >= featureCount)
            {
                throw indices[n].Expected($"a feature index from 0 to {featureCount - 1}");
            }

            var r = rights[n].Int32();
            Child(lefts[n], l, n, count);
            Child(rights[n], r, n, count);
            nodes.Split.Add(feature);
            nodes.Threshold.Add(value);
            nodes.DefaultLeft.Add(defaults[n].Int32() != 0);
            nodes.Left.Add(offset + l);
            nodes.Right.Add(offset + r);
            nodes.Leaf.Add(0);
        }
    }

    /// <summary>A per-node array, which must have an entry for every node.</summary>
    private static IReadOnlyList<JsonField> PerNode(JsonField tree, string name, int count)
    {
        var array = tree.Member(name, $"an array with one entry per node ({count})");
        var items = array.Items($"an array with one entry per node ({count})");
        return items.Count == count ? items : throw array.Expected($"an array with one entry per node ({count}, as left_children), not {items.Count}");
    }

    // A child index outside the tree would be read past its end; the root is nobody's child.
    private static void Child(JsonField at, int child, int parent, int count)
    {
        if (child < 1 || child >= count || child == parent)
        {
            throw at.Expected($"a child node index from 1 to {count - 1}, other than the node itself");
        }
    }

    private static ModelFeature[] ReadFeatureNames(JsonField learner, int featureCount)
    {
        var names = learner.TryMember("feature_names", out var array) && array.Element.ValueKind == JsonValueKind.Array
            ? array.Items("an array of names").Select(e => e.Element.ValueKind == JsonValueKind.String ? e.String() : throw e.Expected("a feature name")).ToArray()
            : [];
        if (names.Length != featureCount)
        {
            // Models trained on arrays without names use XGBoost's own names.
            names = [.. Enumerable.Range(0, featureCount).Select(i => "f" + i.ToString(CultureInfo.InvariantCulture))];
        }

        return [.. names.Select(n => new ModelFeature(n, ColumnKind.Numeric))];
    }

    // XGBoost 2 writes the base score as a vector in brackets, such as "[5E-1]".
    private static double ParseBaseScore(JsonField field) =>
        float.TryParse(field.String().Trim('[', ']', ' '), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && float.IsFinite(value)
            ? value
            : throw field.Expected("a number in a string, such as \"5E-1\" or \"[5E-1]\"");

    /// <summary>The flat node arrays of the ensemble, filled tree by tree.</summary>
    private sealed class NodeLists
    {
        public List<int> Split { get; } = [];

        public List<float> Threshold { get; } = [];

        public List<bool> DefaultLeft { get; } = [];

        public List<int> Left { get; } = [];

        public List<int> Right { get; } = [];

        public List<double> Leaf { get; } = [];

        public List<double> Cover { get; } = [];
    }
}
