namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>
/// Shapley values by their definition as the mean marginal contribution over all d! orderings, with v(S) = mean over background
/// rows of f(x_S, b_notS) computed one hybrid row at a time: independent of the engines' subset formula and batching.
/// </summary>
internal static class BruteForceShapley
{
    public static double[] Compute(Func<double[], double> f, double[] x, double[][] background)
    {
        var d = x.Length;
        double Value(bool[] s) => background.Average(b => f([.. Enumerable.Range(0, d).Select(i => s[i] ? x[i] : b[i])]));
        var phi = new double[d];
        var count = 0;
        foreach (var order in Permutations([.. Enumerable.Range(0, d)]))
        {
            var s = new bool[d];
            var before = Value(s);
            foreach (var i in order)
            {
                s[i] = true;
                var after = Value(s);
                phi[i] += after - before;
                before = after;
            }

            count++;
        }

        return [.. phi.Select(p => p / count)];
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
