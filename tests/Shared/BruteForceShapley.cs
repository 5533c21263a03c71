namespace ExplainableAI.Tests.Shared;

/// <summary>
/// Shapley values by their definition, the mean marginal contribution over all n! orderings of the players, one
/// coalition value at a time: independent of the engines' subset formulas and batching. Shared by the attribution
/// and imaging tests (see tests/Shared).
/// </summary>
internal static class BruteForceShapley
{
    /// <summary>Shapley values of <paramref name="players"/> players under the coalition value <paramref name="value"/>.</summary>
    public static double[] OverAllOrders(int players, Func<bool[], double> value)
    {
        var phi = new double[players];
        var count = 0;
        foreach (var order in Permutations([.. Enumerable.Range(0, players)]))
        {
            var s = new bool[players];
            var before = value(s);
            foreach (var i in order)
            {
                s[i] = true;
                var after = value(s);
                phi[i] += after - before;
                before = after;
            }

            count++;
        }

        return [.. phi.Select(p => p / count)];
    }

    /// <summary>Feature Shapley values with v(S) = mean over background rows of f(x_S, b_notS), one hybrid row at a time.</summary>
    public static double[] Compute(Func<double[], double> f, double[] x, double[][] background)
    {
        var d = x.Length;
        return OverAllOrders(d, s => background.Average(b => f([.. Enumerable.Range(0, d).Select(i => s[i] ? x[i] : b[i])])));
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
