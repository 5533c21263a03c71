using ExplainableAI.Plugins.Drift.Statistics;

namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>Publishes a column's drift statistics and builds the evidence of its finding.</summary>
internal static class DriftEvidence
{
    /// <summary>The legend of the reference sample.</summary>
    public const string ReferenceSeries = "Reference";

    /// <summary>The legend of the current sample.</summary>
    public const string CurrentSeries = "Current";

    /// <summary>Publishes every statistic that applies to the column, with the issue's measurement names.</summary>
    /// <param name="context">The check context.</param>
    /// <param name="drift">The column's statistics.</param>
    /// <param name="subject">The measurement subject (the column's name, or <c>prediction</c>…).</param>
    public static void Measure(CheckContext context, ColumnDrift drift, string subject)
    {
        context.Measure("missing_rate_reference", drift.MissingRateReference, subject);
        context.Measure("missing_rate_current", drift.MissingRateCurrent, subject);
        if (!drift.Compared)
        {
            return;
        }

        MeasureIfDefined(context, "ks_statistic", drift.KsStatistic, subject);
        MeasureIfDefined(context, "ks_p_value", drift.KsPValue, subject);
        MeasureIfDefined(context, "wasserstein", drift.Wasserstein, subject);
        MeasureIfDefined(context, "wasserstein_normed", drift.WassersteinNormed, subject);
        MeasureIfDefined(context, "psi", drift.Psi, subject);
        MeasureIfDefined(context, "jensen_shannon", drift.JensenShannon, subject);
        MeasureIfDefined(context, "chi2_statistic", drift.ChiSquareStatistic, subject);
        MeasureIfDefined(context, "chi2_p_value", drift.ChiSquarePValue, subject);
        MeasureIfDefined(context, "z_test_p_value", drift.ZTestPValue, subject);
        context.Measure("drift_detected", drift.Drifted ? 1 : 0, subject);
    }

    /// <summary>How a column's values are labelled on axes and in table headers: its name and its declared unit, "creatinine (mg/dL)".</summary>
    /// <param name="context">The check context, whose registration declares the units.</param>
    /// <param name="column">The column's name.</param>
    /// <returns>The label.</returns>
    public static string ValueLabel(CheckContext context, string column) =>
        context.Registration.FactsFor(column).Unit is { Length: > 0 } unit ? $"{column} ({unit})" : column;

    /// <summary>
    /// The evidence of a drift finding: the deciding statistic with its threshold and the other statistics as metrics, the
    /// two empirical cumulative distributions of a numeric column as a step chart, and the shares per reference decile bin
    /// (or per category) as a table. Each view appears once: the table is not drawn again as bars.
    /// </summary>
    /// <param name="drift">The column's statistics.</param>
    /// <param name="chartTitle">The title of the step chart ("Cumulative distribution of creatinine").</param>
    /// <param name="valueLabel">What the values are, with their unit ("creatinine (mg/dL)"): the chart's x axis and the table's first header.</param>
    /// <returns>The evidence.</returns>
    public static Evidence For(ColumnDrift drift, string chartTitle, string valueLabel)
    {
        var metrics = new List<EvidenceMetric>
        {
            new(DriftMethods.StatisticName(drift.Method), drift.Statistic, Threshold: drift.Threshold),
        };
        AddIfDefined(metrics, "ks_statistic", drift.KsStatistic, drift.Method);
        AddIfDefined(metrics, "ks_p_value", drift.KsPValue, drift.Method);
        AddIfDefined(metrics, "wasserstein", drift.Wasserstein, drift.Method);
        AddIfDefined(metrics, "wasserstein_normed", drift.WassersteinNormed, drift.Method);
        AddIfDefined(metrics, "psi", drift.Psi, drift.Method);
        AddIfDefined(metrics, "jensen_shannon", drift.JensenShannon, drift.Method);
        AddIfDefined(metrics, "chi2_p_value", drift.ChiSquarePValue, drift.Method);
        metrics.Add(new EvidenceMetric("missing_rate_reference", drift.MissingRateReference));
        metrics.Add(new EvidenceMetric("missing_rate_current", drift.MissingRateCurrent));

        var charts = new List<ChartSpec>();
        if (drift.ReferenceEcdf.X.Count > 0 && drift.CurrentEcdf.X.Count > 0)
        {
            charts.Add(EcdfChart(drift, chartTitle, valueLabel));
        }

        return new Evidence(metrics, [BinTable(drift, valueLabel)], charts);
    }

    /// <summary>The step chart of a column's two ECDFs, reference vs current, with the sample sizes as subtitle.</summary>
    public static ChartSpec EcdfChart(ColumnDrift drift, string title, string valueLabel) => new(
        ChartKind.Step,
        title,
        valueLabel,
        "Share of values ≤ x",
        [Series(ReferenceSeries, drift.ReferenceEcdf), Series(CurrentSeries, drift.CurrentEcdf)])
    {
        Subtitle = $"Non-missing values: reference {NumberText.Integer(drift.ReferenceCount)}, current {NumberText.Integer(drift.CurrentCount)}",
    };

    /// <summary>
    /// The note a finding's message ends with when the current data has categories the reference lacks
    /// ("; new categories: D"), else empty.
    /// </summary>
    public static string NewCategoriesText(ColumnDrift drift) =>
        drift.NewCategories.Count == 0 ? string.Empty : $"; new categories: {string.Join(", ", drift.NewCategories)}";

    // Continuous numeric columns are binned at the reference deciles; categories and numeric columns with few values
    // are their own bins.
    private static EvidenceTable BinTable(ColumnDrift drift, string valueLabel)
    {
        double rTotal = drift.ReferenceCounts.Sum(), cTotal = drift.CurrentCounts.Sum();
        var numeric = !double.IsNaN(drift.KsStatistic);
        var caption = !numeric ? "Share of non-missing values per category"
            : drift.DistinctValues > ColumnComparer.MaxCategoricalDistinct ? "Share of non-missing values per reference decile bin"
            : "Share of non-missing values per distinct value";
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < drift.Bins.Count; i++)
        {
            var bin = drift.NewCategories.Contains(drift.Bins[i]) ? $"{drift.Bins[i]} (new)" : drift.Bins[i];
            rows.Add([bin, NumberText.Share(drift.ReferenceCounts[i] / rTotal), NumberText.Share(drift.CurrentCounts[i] / cTotal)]);
        }

        return new EvidenceTable(caption, [valueLabel, "Reference share", "Current share"], rows);
    }

    private static ChartSeries Series(string name, EcdfPoints points) => new(name, points.X, points.Y);

    private static void MeasureIfDefined(CheckContext context, string name, double value, string subject)
    {
        if (!double.IsNaN(value))
        {
            context.Measure(name, value, subject);
        }
    }

    private static void AddIfDefined(List<EvidenceMetric> metrics, string name, double value, DriftMethod method)
    {
        if (!double.IsNaN(value) && name != DriftMethods.StatisticName(method))
        {
            metrics.Add(new EvidenceMetric(name, value));
        }
    }
}
