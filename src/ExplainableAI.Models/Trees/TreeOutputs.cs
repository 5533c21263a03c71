using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>What the tree-ensemble adapters share: the link from margins to outputs, and negating a binary ensemble.</summary>
internal static class TreeOutputs
{
    /// <summary>The output names of a tree model's predictions.</summary>
    /// <param name="task">The task.</param>
    /// <param name="classes">The classes (multiclass), in output order.</param>
    /// <returns>The names.</returns>
    public static string[] Names(ModelTask task, IReadOnlyList<string> classes) => task switch
    {
        ModelTask.BinaryClassification => ["probability"],
        ModelTask.MulticlassClassification => [.. classes.Select(c => "probability_" + c)],
        _ => ["prediction"],
    };

    /// <summary>Turns one row's margins into outputs.</summary>
    /// <param name="link">The link.</param>
    /// <param name="margin">One margin per output group.</param>
    /// <param name="output">Receives one output per group.</param>
    public static void Apply(TreeLink link, ReadOnlySpan<double> margin, Span<double> output)
    {
        switch (link)
        {
            case TreeLink.Logistic:
                output[0] = 1 / (1 + Math.Exp(-margin[0]));
                break;
            case TreeLink.Softmax:
                // Subtracting the largest margin keeps exp from overflowing without changing the result.
                var max = double.NegativeInfinity;
                foreach (var m in margin)
                {
                    max = Math.Max(max, m);
                }

                var sum = 0.0;
                for (var k = 0; k < margin.Length; k++)
                {
                    output[k] = Math.Exp(margin[k] - max);
                    sum += output[k];
                }

                for (var k = 0; k < margin.Length; k++)
                {
                    output[k] /= sum;
                }

                break;
            default:
                margin.CopyTo(output);
                break;
        }
    }

    /// <summary>
    /// The same trees with every leaf and base score negated: the margin of the other class of a binary model, so that explainers
    /// reading the trees see the margin that <see cref="IAuditModel.Predict"/> reports when the user's positive class is the model's class 0.
    /// </summary>
    /// <param name="e">The ensemble.</param>
    /// <returns>The negated ensemble.</returns>
    public static TreeEnsemble Negate(TreeEnsemble e)
    {
        var leaves = e.LeafValue.ToArray();
        var bases = e.BaseScores.ToArray();
        for (var n = 0; n < leaves.Length; n++)
        {
            leaves[n] = -leaves[n];
        }

        bases[0] = -bases[0];
        return e.HasCovers
            ? new TreeEnsemble(
                e.FeatureCount, e.TreeStart.ToArray(), e.TreeGroup.ToArray(), e.SplitFeature.ToArray(), e.Threshold.ToArray(), e.DefaultLeft.ToArray(),
                e.Left.ToArray(), e.Right.ToArray(), leaves, e.Cover.ToArray(), bases, e.Link)
            : new TreeEnsemble(
                e.FeatureCount, e.TreeStart.ToArray(), e.TreeGroup.ToArray(), e.SplitFeature.ToArray(), e.Threshold.ToArray(), e.DefaultLeft.ToArray(),
                e.Left.ToArray(), e.Right.ToArray(), leaves, bases, e.Link);
    }
}
