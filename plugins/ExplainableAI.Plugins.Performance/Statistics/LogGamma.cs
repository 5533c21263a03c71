namespace ExplainableAI.Plugins.Performance;

/// <summary>The natural logarithm of the gamma function for positive arguments (.NET has none).</summary>
internal static class LogGamma
{
    // Lanczos approximation with g = 7, n = 9 (coefficients as published by Godfrey, also in Numerical Recipes 3rd ed.
    // §6.1); relative error about 1e-15, plenty for binomial probabilities used in sampling.
    private static readonly double[] Coefficients =
    [
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln Γ(x).</returns>
    public static double Of(double x)
    {
        if (x < 0.5)
        {
            // Reflection: Γ(x)Γ(1 − x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - Of(1 - x);
        }

        x -= 1;
        var sum = Coefficients[0];
        var t = x + 7.5;
        for (var i = 1; i < Coefficients.Length; i++)
        {
            sum += Coefficients[i] / (x + i);
        }

        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>ln n! for n ≥ 0.</summary>
    /// <param name="n">The argument.</param>
    /// <returns>ln n!.</returns>
    public static double Factorial(long n) => n < 2 ? 0 : Of(n + 1.0);
}
