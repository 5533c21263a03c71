namespace ExplainableAI.Plugins.Attribution;

/// <summary>Combinatorial weights of Shapley values and of the Shapley kernel.</summary>
internal static class ShapleyWeights
{
    /// <summary>Binomial coefficient C(n, k) in double precision.</summary>
    public static double Binomial(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }

        k = Math.Min(k, n - k);
        var result = 1.0;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }

    /// <summary>The Shapley weight |S|!(d − |S| − 1)!/d! = 1 / (d · C(d − 1, |S|)) of a coalition S not holding the player.</summary>
    public static double Marginal(int players, int size) => 1.0 / (players * Binomial(players - 1, size));

    /// <summary>The Shapley kernel (d − 1) / (C(d, s) · s · (d − s)) of one coalition of size s (Lundberg and Lee 2017, Theorem 2).</summary>
    public static double Kernel(int players, int size) => (players - 1) / (Binomial(players, size) * size * (players - size));
}
