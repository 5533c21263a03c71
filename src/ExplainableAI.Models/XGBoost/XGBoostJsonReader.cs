using System.Globalization;
using System.Text.Json;
using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>Parses XGBoost's JSON model format (schema of XGBoost 1.x and 2.x) into a flat <see cref="TreeEnsemble"/>.</summary>
internal static class XGBoostJsonReader
{
    private static readonly string[] IdentityObjectives = ["reg:squarederror", "reg:linear", "reg:absoluteerror", "reg:pseudohubererror"];

    public static XGBoostModel Read(string path)
    {
        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw new InvalidAuditInputException($"not valid JSON ({ex.Message})", file: path, line: (int?)(ex.LineNumber + 1), innerException: ex);
        }

        using (document)
        {
            try
            {
                return Parse(document.RootElement, path);
            }
            catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
            {
                throw new InvalidAuditInputException(
                    $"not an XGBoost JSON model; expected the layout Booster.save_model writes ({ex.Message})", file: path, innerException: ex);
            }
        }
    }

    private static XGBoostModel Parse(JsonElement root, string path)
    {
        var learner = root.GetProperty("learner");
        var objective = learner.GetProperty("objective").GetProperty("name").GetString() ?? string.Empty;
        var parameters = learner.GetProperty("learner_model_param");
        var featureCount = int.Parse(parameters.GetProperty("num_feature").GetString()!, CultureInfo.InvariantCulture);
        var classCount = int.Parse(parameters.GetProperty("num_class").GetString()!, CultureInfo.InvariantCulture);
        var baseScore = ParseBaseScore(parameters.GetProperty("base_score").GetString()!);

        var booster = learner.GetProperty("gradient_booster");
        var boosterName = booster.GetProperty("name").GetString();
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
        var baseMargin = link == TreeLink.Logistic ? Math.Log(baseScore / (1 - baseScore)) : baseScore;
        var baseScores = Enumerable.Repeat((double)(float)baseMargin, groups).ToArray();

        var model = booster.GetProperty("model");
        var trees = model.GetProperty("trees");
        var treeInfo = model.GetProperty("tree_info");
        var treeCount = trees.GetArrayLength();
        if (treeInfo.GetArrayLength() != treeCount)
        {
            throw new InvalidAuditInputException("tree_info and trees differ in length", file: path, field: "tree_info");
        }

        var treeStart = new int[treeCount + 1];
        var treeGroup = new int[treeCount];
        var split = new List<int>();
        var threshold = new List<float>();
        var defaultLeft = new List<bool>();
        var left = new List<int>();
        var right = new List<int>();
        var leaf = new List<double>();
        var cover = new List<double>();
        var t = 0;
        foreach (var tree in trees.EnumerateArray())
        {
            treeGroup[t] = treeInfo[t].GetInt32();
            var offset = split.Count;
            treeStart[t] = offset;
            ReadTree(tree, offset, featureCount, path, t, split, threshold, defaultLeft, left, right, leaf, cover);
            t++;
        }

        treeStart[treeCount] = split.Count;
        var ensemble = new TreeEnsemble(
            featureCount, treeStart, treeGroup, [.. split], [.. threshold], [.. defaultLeft], [.. left], [.. right], [.. leaf], [.. cover], baseScores, link);
        var features = ReadFeatureNames(learner, featureCount);
        var classes = task switch
        {
            ModelTask.BinaryClassification => new[] { "0", "1" },
            ModelTask.MulticlassClassification => [.. Enumerable.Range(0, groups).Select(k => k.ToString(CultureInfo.InvariantCulture))],
            _ => [],
        };
        return new XGBoostModel(ensemble, features, task, objective, classes);
    }

    private static void ReadTree(
        JsonElement tree, int offset, int featureCount, string path, int t,
        List<int> split, List<float> threshold, List<bool> defaultLeft, List<int> left, List<int> right, List<double> leaf, List<double> cover)
    {
        var lefts = tree.GetProperty("left_children");
        var rights = tree.GetProperty("right_children");
        var indices = tree.GetProperty("split_indices");
        var conditions = tree.GetProperty("split_conditions");
        var defaults = tree.GetProperty("default_left");
        var hessians = tree.GetProperty("sum_hessian");
        var nodes = lefts.GetArrayLength();
        if (tree.TryGetProperty("split_type", out var types) && types.EnumerateArray().Any(e => e.GetInt32() != 0))
        {
            throw new InvalidAuditInputException($"tree {t} has categorical splits, which are not supported", file: path, field: "split_type");
        }

        for (var n = 0; n < nodes; n++)
        {
            var l = lefts[n].GetInt32();
            var value = conditions[n].GetSingle();
            cover.Add(hessians[n].GetSingle());
            if (l == -1)
            {
                split.Add(-1);
                threshold.Add(0f);
                defaultLeft.Add(false);
                left.Add(-1);
                right.Add(-1);

                // A leaf's split condition holds its value (learning rate already applied).
                leaf.Add(value);
                continue;
            }

            var feature = indices[n].GetInt32();
            if (feature < 0 || feature >= featureCount)
            {
                throw new InvalidAuditInputException($"tree {t} node {n} splits on feature {feature} of {featureCount}", file: path, field: "split_indices");
            }

            split.Add(feature);
            threshold.Add(value);
            defaultLeft.Add(defaults[n].GetInt32() != 0);
            left.Add(offset + l);
            right.Add(offset + rights[n].GetInt32());
            leaf.Add(0);
        }
    }

    private static ModelFeature[] ReadFeatureNames(JsonElement learner, int featureCount)
    {
        var names = learner.TryGetProperty("feature_names", out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray()
            : [];
        if (names.Length != featureCount)
        {
            // Models trained on arrays without names use XGBoost's own names.
            names = [.. Enumerable.Range(0, featureCount).Select(i => "f" + i.ToString(CultureInfo.InvariantCulture))];
        }

        return [.. names.Select(n => new ModelFeature(n, ColumnKind.Numeric))];
    }

    // XGBoost 2 writes the base score as a vector in brackets, such as "[5E-1]".
    private static double ParseBaseScore(string text) =>
        float.Parse(text.Trim('[', ']', ' '), NumberStyles.Float, CultureInfo.InvariantCulture);
}
