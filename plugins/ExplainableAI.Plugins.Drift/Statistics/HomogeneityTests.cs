namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>Tests that two samples of a categorical variable share one distribution.</summary>
internal static class HomogeneityTests
{
    /// <summary>
    /// Pearson's chi-square test of homogeneity on the 2 × k table of counts, without continuity correction, as scipy's
    /// <c>chi2_contingency(table, correction=False)</c>. Categories empty in both samples are dropped (scipy rejects a zero
    /// expected count); with one category left the statistic is 0 with p = 1.
    /// </summary>
    public static ChiSquareResult ChiSquare(ReadOnlySpan<long> reference, ReadOnlySpan<long> current)
    {
        if (reference.Length != current.Length)
        {
            throw new ArgumentException("Both samples need the same categories.", nameof(current));
        }

        double rTotal = 0, cTotal = 0;
        var used = 0;
        for (var i = 0; i < reference.Length; i++)
        {
            rTotal += reference[i];
            cTotal += current[i];
            if (reference[i] + current[i] > 0)
            {
                used++;
            }
        }

        if (used < 2 || rTotal == 0 || cTotal == 0)
        {
            return new ChiSquareResult(0, Math.Max(used - 1, 0), 1);
        }

        var total = rTotal + cTotal;
        var statistic = 0.0;
        for (var i = 0; i < reference.Length; i++)
        {
            var column = (double)(reference[i] + current[i]);
            if (column == 0)
            {
                continue;
            }

            var expectedR = rTotal * column / total;
            var expectedC = cTotal * column / total;
            statistic += Square(reference[i] - expectedR) / expectedR;
            statistic += Square(current[i] - expectedC) / expectedC;
        }

        var dof = used - 1;
        return new ChiSquareResult(statistic, dof, SpecialFunctions.ChiSquareSurvival(statistic, dof));
    }

    /// <summary>
    /// The two-proportion z-test with pooled variance (Evidently's <c>z</c> stattest): z = (p₁ − p₂) / √(p(1 − p)(1/n₁ + 1/n₂)),
    /// p the pooled share of the first category, two-sided p-value 2·Φ(−|z|). Identical single-valued samples give p = 1.
    /// </summary>
    public static double TwoProportionPValue(long referenceFirst, long referenceTotal, long currentFirst, long currentTotal)
    {
        if (referenceTotal == 0 || currentTotal == 0)
        {
            return 1;
        }

        var p1 = (double)referenceFirst / referenceTotal;
        var p2 = (double)currentFirst / currentTotal;
        var pooled = (double)(referenceFirst + currentFirst) / (referenceTotal + currentTotal);
        var variance = pooled * (1 - pooled) * ((1.0 / referenceTotal) + (1.0 / currentTotal));
        if (variance <= 0)
        {
            return 1;
        }

        var z = (p1 - p2) / Math.Sqrt(variance);
        return Math.Min(1, 2 * SpecialFunctions.NormalSurvival(Math.Abs(z)));
    }

    private static double Square(double x) => x * x;
}
