namespace ExplainableAI.Plugins.Performance;

/// <summary>Computes the <see cref="FairnessMetric"/>s from per-group rates; groups whose rate is undefined (NaN) are left out.</summary>
internal static class FairnessMetrics
{
    /// <summary>Every summary, in report order.</summary>
    public static IReadOnlyList<FairnessMetric> All { get; } =
    [
        FairnessMetric.DemographicParityDifference,
        FairnessMetric.DemographicParityRatio,
        FairnessMetric.EqualizedOddsDifference,
        FairnessMetric.EqualizedOddsRatio,
        FairnessMetric.EqualOpportunityDifference,
    ];

    /// <summary>The measurement name of a summary (fairlearn's function name).</summary>
    /// <param name="metric">The summary.</param>
    /// <returns>The snake_case name.</returns>
    public static string Name(FairnessMetric metric) => metric switch
    {
        FairnessMetric.DemographicParityDifference => "demographic_parity_difference",
        FairnessMetric.DemographicParityRatio => "demographic_parity_ratio",
        FairnessMetric.EqualizedOddsDifference => "equalized_odds_difference",
        FairnessMetric.EqualizedOddsRatio => "equalized_odds_ratio",
        _ => "equal_opportunity_difference",
    };

    /// <summary>Whether the summary is a ratio (at most 1, lower is worse) rather than a difference (at least 0, higher is worse).</summary>
    /// <param name="metric">The summary.</param>
    /// <returns><see langword="true"/> for ratios.</returns>
    public static bool IsRatio(FairnessMetric metric) => metric is FairnessMetric.DemographicParityRatio or FairnessMetric.EqualizedOddsRatio;

    /// <summary>The summary's value.</summary>
    /// <param name="metric">The summary.</param>
    /// <param name="selection">Selection rate per group.</param>
    /// <param name="tpr">TPR per group.</param>
    /// <param name="fpr">FPR per group.</param>
    /// <returns>The value; NaN when fewer than two groups have the rate defined.</returns>
    public static double Of(FairnessMetric metric, ReadOnlySpan<double> selection, ReadOnlySpan<double> tpr, ReadOnlySpan<double> fpr) => metric switch
    {
        FairnessMetric.DemographicParityDifference => Difference(selection),
        FairnessMetric.DemographicParityRatio => Ratio(selection),
        FairnessMetric.EqualizedOddsDifference => Max(Difference(tpr), Difference(fpr)),
        FairnessMetric.EqualizedOddsRatio => Min(Ratio(tpr), Ratio(fpr)),
        _ => Difference(tpr),
    };

    /// <summary>Largest minus smallest defined value.</summary>
    /// <param name="values">Per-group values.</param>
    /// <returns>The difference, NaN with fewer than two defined values.</returns>
    public static double Difference(ReadOnlySpan<double> values)
    {
        var (min, max, defined) = Range(values);
        return defined < 2 ? double.NaN : max - min;
    }

    /// <summary>Smallest over largest defined value (NaN when the largest is 0: every group at 0 has no ratio).</summary>
    /// <param name="values">Per-group values.</param>
    /// <returns>The ratio.</returns>
    public static double Ratio(ReadOnlySpan<double> values)
    {
        var (min, max, defined) = Range(values);
        return defined < 2 || max == 0 ? double.NaN : min / max;
    }

    private static (double Min, double Max, int Defined) Range(ReadOnlySpan<double> values)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        var defined = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
                defined++;
            }
        }

        return (min, max, defined);
    }

    // NaN-propagating, like NumPy's max/min of the two component metrics in fairlearn.
    private static double Max(double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? double.NaN : Math.Max(a, b);

    private static double Min(double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? double.NaN : Math.Min(a, b);
}
