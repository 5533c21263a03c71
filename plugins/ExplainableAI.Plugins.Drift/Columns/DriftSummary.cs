namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>Orders compared columns by drift strength and builds the summary table.</summary>
internal static class DriftSummary
{
    /// <summary>
    /// The compared columns, strongest drift first: drifted before not drifted, then by <see cref="ColumnDrift.Strength"/>
    /// descending, then by the K-S statistic (numeric) or Jensen–Shannon distance (categorical) descending, which breaks
    /// ties such as p-values that underflow to 0; finally by column order (the sort is stable).
    /// </summary>
    public static List<ColumnDrift> Order(IEnumerable<ColumnDrift> results) =>
        [.. results
            .Where(d => d.Compared)
            .OrderByDescending(d => d.Drifted)
            .ThenByDescending(d => d.Strength)
            .ThenByDescending(d => double.IsNaN(d.KsStatistic) ? d.JensenShannon : d.KsStatistic)];

    /// <summary>
    /// One row per compared column, in the given order: the deciding statistic in words, its value, the threshold with the
    /// side that means drift, the decision, the other statistics (p-values below 0.001 as "&lt; 0.001") and the missing shares.
    /// </summary>
    public static EvidenceTable Table(IReadOnlyList<ColumnDrift> ordered) => new(
        "Drift by column, largest relative to its threshold first",
        [
            "Column", "Deciding statistic", "Value", "Threshold", "Drifted",
            DriftMethods.Words(DriftMethod.KolmogorovSmirnov), DriftMethods.Words(DriftMethod.Wasserstein),
            DriftMethods.Words(DriftMethod.Psi), DriftMethods.Words(DriftMethod.JensenShannon), DriftMethods.Words(DriftMethod.ChiSquare),
            "Missing, reference", "Missing, current",
        ],
        [.. ordered.Select(Row)]);

    private static IReadOnlyList<string> Row(ColumnDrift d) =>
    [
        d.Column,
        d.RequestNotApplicable
            ? $"{DriftMethods.Words(d.Method)} (chosen automatically; {DriftMethods.ManifestName(d.RequestedMethod)} does not fit)"
            : DriftMethods.Words(d.Method),
        DriftMethods.IsTest(d.Method) ? NumberText.PValue(d.Statistic) : NumberText.Significant(d.Statistic),
        DriftMethods.ThresholdText(d.Method, d.Threshold),
        d.Drifted ? "Yes" : "No",
        NumberText.PValue(d.KsPValue),
        NumberText.Significant(d.WassersteinNormed),
        NumberText.Significant(d.Psi),
        NumberText.Significant(d.JensenShannon),
        NumberText.PValue(d.ChiSquarePValue),
        NumberText.Share(d.MissingRateReference),
        NumberText.Share(d.MissingRateCurrent),
    ];
}
