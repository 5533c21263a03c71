namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>Distances between two histograms given as counts over the same bins or categories.</summary>
internal static class Divergence
{
    /// <summary>The floor each share is clipped to before PSI takes logarithms (an empty bin would be infinite).</summary>
    public const double PsiShareFloor = 1e-4;

    /// <summary>Population Stability Index: Σ (cᵢ − rᵢ)·ln(cᵢ / rᵢ) over shares, each clipped below at 1e-4.</summary>
    public static double Psi(ReadOnlySpan<long> reference, ReadOnlySpan<long> current)
    {
        CheckLengths(reference, current);
        double rTotal = Sum(reference), cTotal = Sum(current);
        var psi = 0.0;
        for (var i = 0; i < reference.Length; i++)
        {
            var r = Math.Max(reference[i] / rTotal, PsiShareFloor);
            var c = Math.Max(current[i] / cTotal, PsiShareFloor);
            psi += (c - r) * Math.Log(c / r);
        }

        return psi;
    }

    /// <summary>
    /// Jensen–Shannon distance with natural logarithms, as scipy's <c>jensenshannon(p, q)</c>: √((KL(p‖m) + KL(q‖m)) / 2)
    /// with m = (p + q)/2, p and q the normalised counts. 0 for identical histograms, at most √ln 2.
    /// </summary>
    public static double JensenShannon(ReadOnlySpan<long> reference, ReadOnlySpan<long> current)
    {
        CheckLengths(reference, current);
        double rTotal = Sum(reference), cTotal = Sum(current);
        var sum = 0.0;
        for (var i = 0; i < reference.Length; i++)
        {
            var p = reference[i] / rTotal;
            var q = current[i] / cTotal;
            var m = (p + q) / 2;
            sum += RelativeEntropy(p, m) + RelativeEntropy(q, m);
        }

        // Rounding can leave a tiny negative sum for identical inputs.
        return Math.Sqrt(Math.Max(sum / 2, 0));
    }

    // scipy.special.rel_entr: x·ln(x/y), 0 when x = 0.
    private static double RelativeEntropy(double x, double y) => x > 0 ? x * Math.Log(x / y) : 0;

    private static long Sum(ReadOnlySpan<long> counts)
    {
        var total = 0L;
        foreach (var c in counts)
        {
            total += c;
        }

        return total;
    }

    private static void CheckLengths(ReadOnlySpan<long> reference, ReadOnlySpan<long> current)
    {
        if (reference.Length != current.Length)
        {
            throw new ArgumentException("Both histograms need the same bins.", nameof(current));
        }
    }
}
