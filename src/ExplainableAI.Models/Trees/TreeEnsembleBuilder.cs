using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// Builds a flat <see cref="TreeEnsemble"/> from trees stored with internal nodes and leaves in separate numberings (LightGBM,
/// ML.NET FastTree: a child <c>c &lt; 0</c> is the leaf <c>~c</c>), laying each tree out depth first so children follow parents.
/// </summary>
internal sealed class TreeEnsembleBuilder
{
    private readonly List<int> treeStart = [];
    private readonly List<int> treeGroup = [];
    private readonly List<int> split = [];
    private readonly List<float> threshold = [];
    private readonly List<bool> defaultLeft = [];
    private readonly List<int> left = [];
    private readonly List<int> right = [];
    private readonly List<double> leaf = [];
    private readonly List<double> cover = [];

    /// <summary>Adds one tree.</summary>
    /// <param name="group">The output group the tree adds to.</param>
    /// <param name="innerCount">Number of internal nodes (0 for a single leaf).</param>
    /// <param name="inner">Per internal node: split feature, threshold (the ensemble's <c>(float)x &lt; T</c> rule), default side,
    /// children (negative for leaves) and cover.</param>
    /// <param name="leaves">Per leaf: value and cover.</param>
    /// <exception cref="ArgumentException">The walk from the root meets more nodes than a tree of <paramref name="innerCount"/> inner
    /// nodes has: a node with two parents or a cycle, which a recursive layout would follow until the stack or memory ran out.</exception>
    public void AddTree(
        int group, int innerCount, Func<int, (int Feature, float Threshold, bool DefaultLeft, int Left, int Right, double Cover)> inner, Func<int, (double Value, double Cover)> leaves)
    {
        var tree = treeStart.Count;
        var root = split.Count;
        treeStart.Add(root);
        treeGroup.Add(group);

        // Depth first with an explicit stack (right pushed before left, so the left subtree is laid out first), because a file's
        // tree can be deeper than the call stack.
        var budget = (2L * innerCount) + 1;
        var pending = new Stack<(int Node, int Parent, bool IsLeft)>();
        pending.Push((innerCount == 0 ? ~0 : 0, -1, false));
        while (pending.TryPop(out var next))
        {
            var at = split.Count;
            if (at - root >= budget)
            {
                throw new ArgumentException($"Tree {tree} reaches a node twice (a node with two parents or a cycle); expected a tree.", nameof(inner));
            }

            if (next.Parent >= 0)
            {
                (next.IsLeft ? left : right)[next.Parent] = at;
            }

            if (next.Node < 0)
            {
                var (value, weight) = leaves(~next.Node);
                Append(-1, 0f, false, -1, -1, value, weight);
                continue;
            }

            var n = inner(next.Node);
            Append(n.Feature, n.Threshold, n.DefaultLeft, 0, 0, 0, n.Cover);
            pending.Push((n.Right, at, false));
            pending.Push((n.Left, at, true));
        }
    }

    /// <summary>The ensemble.</summary>
    /// <param name="featureCount">Number of model features.</param>
    /// <param name="baseScores">Per output group, the starting margin.</param>
    /// <param name="link">The link.</param>
    /// <param name="withCovers">Whether the covers given are the model's (else the ensemble has none).</param>
    /// <returns>The ensemble.</returns>
    public TreeEnsemble Build(int featureCount, double[] baseScores, TreeLink link, bool withCovers)
    {
        int[] starts = [.. treeStart, split.Count];
        return withCovers
            ? new TreeEnsemble(featureCount, starts, [.. treeGroup], [.. split], [.. threshold], [.. defaultLeft], [.. left], [.. right], [.. leaf], [.. cover], baseScores, link)
            : new TreeEnsemble(featureCount, starts, [.. treeGroup], [.. split], [.. threshold], [.. defaultLeft], [.. left], [.. right], [.. leaf], baseScores, link);
    }

    /// <summary>
    /// The single-precision threshold <c>T</c> with <c>x &lt;= t ⇔ x &lt; T</c> for every single-precision <c>x</c>: the float just
    /// above the largest float not above <paramref name="t"/>.
    /// </summary>
    /// <param name="t">A <c>&lt;=</c> threshold (double, as LightGBM stores it, or float, as ML.NET does).</param>
    /// <returns>The threshold for the ensemble's <c>&lt;</c> rule.</returns>
    public static float LessOrEqualThreshold(double t)
    {
        var below = (float)t;
        if (below > t)
        {
            below = MathF.BitDecrement(below);
        }

        return MathF.BitIncrement(below);
    }

    private void Append(int feature, float t, bool goesLeft, int l, int r, double value, double weight)
    {
        split.Add(feature);
        threshold.Add(t);
        defaultLeft.Add(goesLeft);
        left.Add(l);
        right.Add(r);
        leaf.Add(value);
        cover.Add(weight);
    }
}
