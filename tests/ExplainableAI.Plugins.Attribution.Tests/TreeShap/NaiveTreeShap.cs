using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>
/// The definition path-dependent TreeSHAP computes, evaluated naively in O(2^d) coalitions: v(S) = Σ over trees of E[tree(x) | x_S],
/// where at a split on a feature in S the row's own branch is taken and at any other split both branches are averaged with the
/// children's shares of the node's cover; φ_i = Σ_{S ∌ i} |S|!(d−|S|−1)!/d! (v(S ∪ {i}) − v(S)).
/// </summary>
internal static class NaiveTreeShap
{
    public static double[] Compute(TreeEnsemble ensemble, double[] x, int group)
    {
        var d = ensemble.FeatureCount;
        var v = new double[1 << d];
        for (var s = 0; s < v.Length; s++)
        {
            for (var t = 0; t < ensemble.TreeCount; t++)
            {
                if (ensemble.TreeGroup[t] == group)
                {
                    v[s] += Expectation(ensemble, ensemble.TreeStart[t], x, s);
                }
            }
        }

        var phi = new double[d];
        for (var s = 0; s < v.Length; s++)
        {
            var size = System.Numerics.BitOperations.PopCount((uint)s);
            for (var i = 0; i < d; i++)
            {
                if ((s & (1 << i)) == 0)
                {
                    phi[i] += Factorial(size) * Factorial(d - size - 1) / Factorial(d) * (v[s | (1 << i)] - v[s]);
                }
            }
        }

        return phi;
    }

    private static double Expectation(TreeEnsemble e, int node, double[] x, int coalition)
    {
        var feature = e.SplitFeature[node];
        if (feature < 0)
        {
            return e.LeafValue[node];
        }

        if ((coalition & (1 << feature)) != 0)
        {
            return Expectation(e, e.GoesLeft(node, x[feature]) ? e.Left[node] : e.Right[node], x, coalition);
        }

        return ((e.Cover[e.Left[node]] * Expectation(e, e.Left[node], x, coalition))
            + (e.Cover[e.Right[node]] * Expectation(e, e.Right[node], x, coalition))) / e.Cover[node];
    }

    private static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
}
