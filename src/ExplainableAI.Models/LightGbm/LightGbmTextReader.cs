using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// Parses LightGBM's text model format (<c>Booster.save_model("m.txt")</c>, LightGBM 2.x–4.x): a header of <c>key=value</c> lines,
/// then one <c>Tree=k</c> block per tree, then <c>end of trees</c>. Leaf values already include the learning rate (shrinkage) and
/// the starting score (<c>boost_from_average</c> is folded into the first tree), so every base score is 0.
/// </summary>
/// <remarks>
/// The flat <see cref="TreeEnsemble"/> given to explainers compares single-precision inputs (<c>(float)x &lt; T</c>). LightGBM compares
/// <c>x &lt;= t</c> in double precision, so each threshold becomes <c>T</c> = the float just above the largest float ≤ <c>t</c>: for every
/// single-precision value the two rules agree exactly. A double input closer to <c>t</c> than single precision resolves can take the
/// other branch in the ensemble than in <see cref="LightGbmTree.Evaluate"/> (which predictions use); that shows as additivity error.
/// Missing values: type None reads NaN as 0, so the default side is where 0 goes; type NaN uses the stored default side; type Zero
/// (<c>zero_as_missing</c>) is accepted only where zero's default side agrees with its threshold side.
/// </remarks>
internal static class LightGbmTextReader
{
    private static readonly string[] IdentityObjectives = ["regression", "regression_l2", "regression_l1", "huber", "fair", "quantile", "mape"];

    /// <summary>Whether the file starts like a LightGBM text model (its first line is <c>tree</c>).</summary>
    /// <param name="path">The file.</param>
    /// <returns><see langword="true"/> for a LightGBM text model.</returns>
    public static bool LooksLikeModel(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return string.Equals(reader.ReadLine()?.Trim(), "tree", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static LightGbmModel Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidAuditInputException($"cannot read the model file: {ex.Message}", file: path, innerException: ex);
        }

        if (lines.Length == 0 || !string.Equals(lines[0].Trim(), "tree", StringComparison.Ordinal))
        {
            throw new InvalidAuditInputException("not a LightGBM text model; expected the first line 'tree' that Booster.save_model writes", file: path, line: 1);
        }

        var index = 1;
        var header = ReadBlock(lines, ref index, path);
        var trees = new List<(Dictionary<string, (string Value, int Line)> Block, int Line)>();
        var ended = false;
        while (index < lines.Length && !ended)
        {
            var line = lines[index].Trim();
            if (line.StartsWith("Tree=", StringComparison.Ordinal))
            {
                var at = index + 1;
                if (line != "Tree=" + trees.Count.ToString(CultureInfo.InvariantCulture))
                {
                    throw new InvalidAuditInputException($"the tree header is '{line}'; expected 'Tree={trees.Count}' (trees are numbered from 0 in order)", file: path, line: at);
                }

                index++;
                trees.Add((ReadBlock(lines, ref index, path), at));
            }
            else
            {
                ended = line.StartsWith("end of trees", StringComparison.Ordinal);
                index++;
            }
        }

        // Booster.save_model always writes this line; without it the file was cut short, perhaps inside a tree.
        if (!ended)
        {
            throw new InvalidAuditInputException(
                $"the file ends after {trees.Count} trees without the line 'end of trees'; expected the complete model (is the file truncated?)", file: path, line: lines.Length);
        }

        return Build(header, trees, path);
    }

    // Reads key=value lines up to the next blank line or tree; a line without '=' is a flag (such as average_output) with an empty value.
    private static Dictionary<string, (string Value, int Line)> ReadBlock(string[] lines, ref int index, string path)
    {
        var block = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        for (; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0)
            {
                if (block.Count > 0)
                {
                    break;
                }

                continue;
            }

            if (line.StartsWith("Tree=", StringComparison.Ordinal) || line.StartsWith("end of trees", StringComparison.Ordinal))
            {
                break;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? line : line[..eq];
            if (!block.TryAdd(key, (eq < 0 ? string.Empty : line[(eq + 1)..], index + 1)))
            {
                throw new InvalidAuditInputException($"the key '{key}' appears twice", file: path, line: index + 1, field: key);
            }
        }

        return block;
    }

    private static LightGbmModel Build(
        Dictionary<string, (string Value, int Line)> header, List<(Dictionary<string, (string Value, int Line)> Block, int Line)> blocks, string path)
    {
        if (header.ContainsKey("average_output"))
        {
            throw new InvalidAuditInputException(
                "random-forest models (average_output) are not supported; expected a gradient-boosted model", file: path, line: header["average_output"].Line, field: "average_output");
        }

        var featureCount = Int(header, "max_feature_idx", path) + 1;
        var groups = Int(header, "num_tree_per_iteration", path);
        var classCount = Int(header, "num_class", path);
        var (objectiveLine, objectiveAt) = Get(header, "objective", path);
        var objectiveParts = objectiveLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var objective = objectiveParts.Length > 0 ? objectiveParts[0] : string.Empty;
        var scale = 1.0;
        var (task, link) = objective switch
        {
            "binary" => (ModelTask.BinaryClassification, TreeLink.Logistic),
            "multiclass" or "softmax" => (ModelTask.MulticlassClassification, TreeLink.Softmax),
            _ when IdentityObjectives.Contains(objective, StringComparer.Ordinal) => (ModelTask.Regression, TreeLink.Identity),
            _ => throw new InvalidAuditInputException(
                $"the objective '{objectiveLine}' is not supported; expected binary, multiclass or an identity-link regression (regression, regression_l1, huber, fair, quantile, mape)",
                file: path, line: objectiveAt, field: "objective"),
        };
        foreach (var part in objectiveParts.Skip(1))
        {
            if (part.StartsWith("sigmoid:", StringComparison.Ordinal))
            {
                scale = double.Parse(part["sigmoid:".Length..], NumberStyles.Float, CultureInfo.InvariantCulture);
            }
            else if (part == "sqrt")
            {
                throw new InvalidAuditInputException("regression on the square root of the label (reg_sqrt) is not supported", file: path, line: objectiveAt, field: "objective");
            }
        }

        var expectedGroups = task == ModelTask.MulticlassClassification ? classCount : 1;
        if (groups != expectedGroups || expectedGroups < 1)
        {
            throw new InvalidAuditInputException(
                $"the model has {groups} trees per iteration and {classCount} classes; expected {expectedGroups} for '{objective}'", file: path, field: "num_tree_per_iteration");
        }

        var names = header.TryGetValue("feature_names", out var namesLine) ? namesLine.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (names.Length != featureCount)
        {
            names = [.. Enumerable.Range(0, featureCount).Select(i => "Column_" + i.ToString(CultureInfo.InvariantCulture))];
        }

        CheckTreeCount(header, blocks.Count, groups, path);
        var trees = new LightGbmTree[blocks.Count];
        for (var t = 0; t < blocks.Count; t++)
        {
            trees[t] = ReadTree(blocks[t].Block, t, blocks[t].Line, featureCount, scale, names, path);
        }

        var features = names.Select(n => new ModelFeature(n, ColumnKind.Numeric)).ToArray();
        var classes = task switch
        {
            ModelTask.BinaryClassification => new[] { "0", "1" },
            ModelTask.MulticlassClassification => [.. Enumerable.Range(0, groups).Select(k => k.ToString(CultureInfo.InvariantCulture))],
            _ => [],
        };
        var ensemble = Flatten(trees, groups, featureCount, link);
        return new LightGbmModel(trees, ensemble, features, task, objectiveLine, classes, scale);
    }

    // LightGBM itself reads as many trees as tree_sizes lists, so a file holding fewer was cut or edited and would score wrongly.
    private static void CheckTreeCount(Dictionary<string, (string Value, int Line)> header, int count, int groups, string path)
    {
        if (header.TryGetValue("tree_sizes", out var sizes))
        {
            var listed = sizes.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (listed.Length != count)
            {
                throw new InvalidAuditInputException(
                    $"tree_sizes lists {listed.Length} trees but the file holds {count} Tree= blocks; expected one size per tree (is the file truncated?)",
                    file: path, line: sizes.Line, field: "tree_sizes");
            }

            var bad = Array.FindIndex(listed, v => !int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size <= 0);
            if (bad >= 0)
            {
                throw new InvalidAuditInputException($"tree_sizes value {bad + 1} is '{listed[bad]}'; expected a positive byte count", file: path, line: sizes.Line, field: "tree_sizes");
            }
        }

        if (count == 0 || count % groups != 0)
        {
            throw new InvalidAuditInputException(
                $"the file holds {count} trees; expected a positive multiple of num_tree_per_iteration ({groups}), one tree per class and iteration", file: path, field: "num_tree_per_iteration");
        }
    }

    private static LightGbmTree ReadTree(
        Dictionary<string, (string Value, int Line)> block, int t, int treeLine, int featureCount, double scale, string[] names, string path)
    {
        var leaves = Int(block, "num_leaves", path);
        if (leaves < 1)
        {
            throw new InvalidAuditInputException($"tree {t} has num_leaves={leaves}; expected at least 1", file: path, line: block["num_leaves"].Line, field: "num_leaves");
        }

        var leafValue = Doubles(block, "leaf_value", leaves, path);
        if (scale != 1)
        {
            // With sigmoid:s LightGBM's probability is σ(s·raw); scaling the leaves makes the margin the logit of that probability.
            for (var i = 0; i < leafValue.Length; i++)
            {
                leafValue[i] *= scale;
            }
        }

        if (block.TryGetValue("is_linear", out var linear) && linear.Value.Trim() != "0")
        {
            throw new InvalidAuditInputException($"tree {t} is a linear tree (linear_tree=true), which is not supported", file: path, line: linear.Line, field: "is_linear");
        }

        if (leaves == 1)
        {
            var count = block.TryGetValue("leaf_count", out var counts) && counts.Value.Trim().Length > 0 ? Doubles(block, "leaf_count", 1, path) : [1.0];
            return new LightGbmTree([], [], [], [], [], [], leafValue, count, []);
        }

        var inner = leaves - 1;
        var split = Ints(block, "split_feature", inner, path);
        var threshold = Doubles(block, "threshold", inner, path);
        var decision = Ints(block, "decision_type", inner, path);
        var leftChild = Ints(block, "left_child", inner, path);
        var rightChild = Ints(block, "right_child", inner, path);
        var leafCount = Doubles(block, "leaf_count", leaves, path);
        var internalCount = Doubles(block, "internal_count", inner, path);
        var defaultLeft = new bool[inner];
        var missing = new int[inner];
        for (var n = 0; n < inner; n++)
        {
            if (split[n] < 0 || split[n] >= featureCount)
            {
                throw new InvalidAuditInputException($"tree {t} node {n} splits on feature {split[n]} of {featureCount}", file: path, line: block["split_feature"].Line, field: "split_feature");
            }

            if ((decision[n] & 1) != 0)
            {
                throw new InvalidAuditInputException(
                    $"tree {t} node {n} splits '{names[split[n]]}' by category; categorical splits are not supported (train with the feature as numeric)",
                    file: path, line: block["decision_type"].Line, field: "decision_type");
            }

            defaultLeft[n] = (decision[n] & 2) != 0;
            missing[n] = (decision[n] >> 2) & 3;
            CheckChild(leftChild[n], inner, leaves, t, n, path, block["left_child"].Line);
            CheckChild(rightChild[n], inner, leaves, t, n, path, block["right_child"].Line);
            if (missing[n] == LightGbmTree.MissingZero && defaultLeft[n] != (0 <= threshold[n]))
            {
                throw new InvalidAuditInputException(
                    $"tree {t} node {n} treats zero in '{names[split[n]]}' as missing (zero_as_missing) and sends it against its threshold; not supported, retrain with zero_as_missing=false",
                    file: path, line: block["decision_type"].Line, field: "decision_type");
            }
        }

        CheckShape(leftChild, rightChild, leaves, t, treeLine, path);
        return new LightGbmTree(split, threshold, defaultLeft, missing, leftChild, rightChild, leafValue, leafCount, internalCount);
    }

    // Children come after their parents (checked per child), so there is no cycle; here every node but the root must have exactly
    // one parent (else a subtree is shared, and walks from the root repeat it exponentially often) and the depth stays within what
    // TreeSHAP supports. Both in one forward pass, without recursion.
    private static void CheckShape(int[] leftChild, int[] rightChild, int leaves, int t, int treeLine, string path)
    {
        var innerDepth = new int[leftChild.Length];
        var leafParents = new int[leaves];
        var innerParents = new int[leftChild.Length];
        for (var n = 0; n < leftChild.Length; n++)
        {
            if (n > 0 && innerParents[n] != 1)
            {
                throw new InvalidAuditInputException(
                    $"tree {t} node {n} is the child of {innerParents[n]} nodes; expected exactly one parent for every node but the root", file: path, line: treeLine);
            }

            foreach (var child in (ReadOnlySpan<int>)[leftChild[n], rightChild[n]])
            {
                if (child >= 0)
                {
                    innerParents[child]++;
                    innerDepth[child] = innerDepth[n] + 1;
                }
                else
                {
                    leafParents[~child]++;
                }
            }

            if (innerDepth[n] + 1 > TreeEnsemble.MaxSupportedDepth)
            {
                throw new InvalidAuditInputException(
                    $"tree {t} is more than {TreeEnsemble.MaxSupportedDepth} levels deep; at most {TreeEnsemble.MaxSupportedDepth} are supported", file: path, line: treeLine);
            }
        }

        var orphan = Array.FindIndex(leafParents, p => p != 1);
        if (orphan >= 0)
        {
            throw new InvalidAuditInputException(
                $"tree {t} leaf {orphan} is the child of {leafParents[orphan]} nodes; expected exactly one parent for every leaf", file: path, line: treeLine);
        }
    }

    private static void CheckChild(int child, int inner, int leaves, int t, int n, string path, int line)
    {
        if (child >= inner || child <= n && child >= 0 || ~child >= leaves)
        {
            throw new InvalidAuditInputException(
                $"tree {t} node {n} has the child {child}; expected a later node ({n + 1} to {inner - 1}) or a leaf (-1 to -{leaves}), so the tree has no cycle",
                file: path, line: line);
        }
    }

    private static TreeEnsemble Flatten(LightGbmTree[] trees, int groups, int featureCount, TreeLink link)
    {
        var builder = new TreeEnsembleBuilder();
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = trees[t];
            builder.AddTree(
                t % groups,
                tree.SplitFeature.Length,
                n => (tree.SplitFeature[n], TreeEnsembleBuilder.LessOrEqualThreshold(tree.Threshold[n]),

                    // Type None reads NaN as 0; type Zero was checked to agree with where 0 goes; type NaN keeps the stored side.
                    tree.MissingType[n] == LightGbmTree.MissingNaN ? tree.DefaultLeft[n] : 0 <= tree.Threshold[n],
                    tree.LeftChild[n], tree.RightChild[n], tree.InternalCount[n]),
                l => (tree.LeafValue[l], tree.LeafCount[l]));
        }

        return builder.Build(featureCount, link == TreeLink.Softmax ? new double[groups] : [0.0], link, withCovers: true);
    }

    private static (string Value, int Line) Get(Dictionary<string, (string Value, int Line)> block, string key, string path) =>
        block.TryGetValue(key, out var entry)
            ? entry
            : throw new InvalidAuditInputException($"the key '{key}' is missing; expected the layout Booster.save_model writes", file: path, field: key);

    private static int Int(Dictionary<string, (string Value, int Line)> block, string key, string path)
    {
        var (value, line) = Get(block, key, path);
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new InvalidAuditInputException($"'{key}' is '{value}'; expected an integer", file: path, line: line, field: key);
    }

    private static int[] Ints(Dictionary<string, (string Value, int Line)> block, string key, int count, string path) =>
        [.. Doubles(block, key, count, path).Select(d => (int)d)];

    private static double[] Doubles(Dictionary<string, (string Value, int Line)> block, string key, int count, string path)
    {
        var (value, line) = Get(block, key, path);
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != count)
        {
            throw new InvalidAuditInputException($"'{key}' has {parts.Length} values; expected {count}", file: path, line: line, field: key);
        }

        var result = new double[count];
        for (var i = 0; i < count; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out result[i]))
            {
                throw new InvalidAuditInputException($"'{key}' value {i + 1} is '{parts[i]}'; expected a number", file: path, line: line, field: key);
            }
        }

        return result;
    }
}
