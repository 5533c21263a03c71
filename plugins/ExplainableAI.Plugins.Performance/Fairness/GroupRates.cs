using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>Names and values of the <see cref="GroupRate"/>s.</summary>
internal static class GroupRates
{
    /// <summary>Every rate, in report order.</summary>
    public static IReadOnlyList<GroupRate> All { get; } = [GroupRate.SelectionRate, GroupRate.Tpr, GroupRate.Fpr, GroupRate.Fnr, GroupRate.Precision];

    /// <summary>The measurement name of a rate.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The snake_case name.</returns>
    public static string Name(GroupRate rate) => rate switch
    {
        GroupRate.SelectionRate => "selection_rate",
        GroupRate.Tpr => "tpr",
        GroupRate.Fpr => "fpr",
        GroupRate.Fnr => "fnr",
        _ => "precision",
    };

    /// <summary>The short label of a rate in messages (an abbreviation every reader of the report shares).</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The label.</returns>
    public static string Label(GroupRate rate) => rate switch
    {
        GroupRate.SelectionRate => "Selection rate",
        GroupRate.Tpr => "TPR",
        GroupRate.Fpr => "FPR",
        GroupRate.Fnr => "FNR",
        _ => "PPV",
    };

    /// <summary>
    /// A rate with its Wilson score 95% interval over the rate's own denominator (rows, positives, negatives or predicted
    /// positives): the rates are proportions, and unlike a percentile bootstrap the Wilson interval does not collapse
    /// at 0 or 1 with few cases (18 of 18 positives found: [0.824, 1], not [1, 1]).
    /// </summary>
    /// <param name="counts">The confusion matrix.</param>
    /// <param name="rate">The rate.</param>
    /// <returns>The rate and its interval; NaN when its denominator is 0.</returns>
    public static Interval Wilson(in ConfusionCounts counts, GroupRate rate) => rate switch
    {
        GroupRate.SelectionRate => Sdk.Statistics.Wilson.Proportion(counts.PredictedPositives, counts.Total),
        GroupRate.Tpr => Sdk.Statistics.Wilson.Proportion(counts.TruePositives, counts.Positives),
        GroupRate.Fpr => Sdk.Statistics.Wilson.Proportion(counts.FalsePositives, counts.Negatives),
        GroupRate.Fnr => Sdk.Statistics.Wilson.Proportion(counts.FalseNegatives, counts.Positives),
        _ => Sdk.Statistics.Wilson.Proportion(counts.TruePositives, counts.PredictedPositives),
    };

    /// <summary>The value of a rate in a confusion matrix.</summary>
    /// <param name="counts">The confusion matrix.</param>
    /// <param name="rate">The rate.</param>
    /// <returns>The value, NaN when its denominator is 0.</returns>
    public static double Of(in ConfusionCounts counts, GroupRate rate) => rate switch
    {
        GroupRate.SelectionRate => counts.SelectionRate,
        GroupRate.Tpr => counts.Sensitivity,
        GroupRate.Fpr => counts.FalsePositiveRate,
        GroupRate.Fnr => counts.FalseNegativeRate,
        _ => counts.Ppv,
    };
}
