using ExplainableAI.Plugins.Drift.Statistics;

namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>Orders compared columns by drift strength and builds the summary table and the ECDF charts.</summary>
internal static class DriftSummary
{
    /// <summary>The most drifted numeric columns that get an ECDF chart.</summary>
    public const int MaxEcdfCharts = 5;

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

    /// <summary>The numeric drifted columns, strongest first, that get an ECDF chart.</summary>
    public static IEnumerable<ColumnDrift> EcdfColumns(IReadOnlyList<ColumnDrift> ordered) =>
        ordered.Where(d => d.Drifted && d.ReferenceEcdf.X.Count > 0 && d.CurrentEcdf.X.Count > 0).Take(MaxEcdfCharts);

    /// <summary>The step chart of a column's two ECDFs, reference vs current.</summary>
    public static ChartSpec EcdfChart(ColumnDrift drift, string title) => new(
        ChartKind.Step,
        title,
        drift.Column,
        "share of non-missing values ≤ x",
        [Series("reference", drift.ReferenceEcdf), Series("current", drift.CurrentEcdf)]);

    /// <summary>One row per compared column, in the given order: method, statistic, threshold, decision and the other statistics.</summary>
    public static EvidenceTable Table(IReadOnlyList<ColumnDrift> ordered) => new(
        "Drift by column, strongest first",
        ["column", "method", "statistic", "value", "threshold", "drifted", "ks_p_value", "wasserstein_normed", "psi", "jensen_shannon", "chi2_p_value", "missing_rate_reference", "missing_rate_current"],
        [.. ordered.Select(Row)]);

    private static IReadOnlyList<string> Row(ColumnDrift d) =>
    [
        d.Column,
        d.RequestNotApplicable
            ? $"{DriftMethods.DisplayName(d.Method)} (auto; {DriftMethods.ManifestName(d.RequestedMethod)} does not fit)"
            : DriftMethods.DisplayName(d.Method),
        DriftMethods.StatisticName(d.Method),
        Number(d.Statistic),
        Number(d.Threshold),
        d.Drifted ? "yes" : "no",
        Number(d.KsPValue),
        Number(d.WassersteinNormed),
        Number(d.Psi),
        Number(d.JensenShannon),
        Number(d.ChiSquarePValue),
        Number(d.MissingRateReference),
        Number(d.MissingRateCurrent),
    ];

    private static ChartSeries Series(string name, EcdfPoints points) => new(name, points.X, points.Y);

    private static string Number(double value) =>
        double.IsNaN(value) ? string.Empty : value.ToString("G4", CultureInfo.InvariantCulture);
}
