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

    /// <summary>The label of a rate in messages and charts.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The label.</returns>
    public static string Label(GroupRate rate) => rate switch
    {
        GroupRate.SelectionRate => "selection rate",
        GroupRate.Tpr => "TPR",
        GroupRate.Fpr => "FPR",
        GroupRate.Fnr => "FNR",
        _ => "precision",
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
