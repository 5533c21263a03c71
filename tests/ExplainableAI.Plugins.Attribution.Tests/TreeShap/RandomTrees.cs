using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>Random small ensembles with few features, so features repeat on paths (the case TreeSHAP must unwind).</summary>
internal static class RandomTrees
{
    public static TreeEnsemble Ensemble(Random random, int features, int trees, int maxDepth)
    {
        var start = new List<int>();
        var split = new List<int>();
        var threshold = new List<float>();
        var defaultLeft = new List<bool>();
        var left = new List<int>();
        var right = new List<int>();
        var value = new List<double>();
        var cover = new List<double>();

        double Grow(int depth)
        {
            var node = split.Count;
            split.Add(-1);
            threshold.Add(0);
            defaultLeft.Add(random.Next(2) == 0);
            left.Add(-1);
            right.Add(-1);
            value.Add(0);
            cover.Add(0);
            if (depth == maxDepth || (depth > 0 && random.NextDouble() < 0.25))
            {
                value[node] = Math.Round((random.NextDouble() * 4) - 2, 3);
                return cover[node] = 1 + random.Next(20);
            }

            split[node] = random.Next(features);
            threshold[node] = random.Next(-2, 3);
            left[node] = split.Count;
            var c = Grow(depth + 1);
            right[node] = split.Count;
            c += Grow(depth + 1);
            return cover[node] = c;
        }

        for (var t = 0; t < trees; t++)
        {
            start.Add(split.Count);
            Grow(0);
        }

        start.Add(split.Count);
        return new TreeEnsemble(
            features, [.. start], new int[trees], [.. split], [.. threshold], [.. defaultLeft], [.. left], [.. right], [.. value], [.. cover],
            [0.25], TreeLink.Identity);
    }

    /// <summary>A row of values near the thresholds, some equal to them, some missing.</summary>
    public static double[] Row(Random random, int features) =>
        [.. Enumerable.Range(0, features).Select(_ => random.Next(6) == 0 ? double.NaN : random.Next(-3, 4) + (random.Next(2) * 0.5))];
}
