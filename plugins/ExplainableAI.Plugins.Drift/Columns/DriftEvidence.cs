namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>Publishes a column's drift statistics and builds the evidence of its finding.</summary>
internal static class DriftEvidence
{
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

    /// <summary>The evidence of a drift finding: the deciding statistic with its threshold, the others, and the histograms.</summary>
    /// <param name="drift">The column's statistics.</param>
    /// <param name="title">What the histograms show.</param>
    /// <returns>The evidence.</returns>
    public static Evidence For(ColumnDrift drift, string title)
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

        double rTotal = drift.ReferenceCounts.Sum(), cTotal = drift.CurrentCounts.Sum();
        var rShares = drift.ReferenceCounts.Select(c => c / rTotal).ToArray();
        var cShares = drift.CurrentCounts.Select(c => c / cTotal).ToArray();
        var x = Enumerable.Range(0, drift.Bins.Count).Select(i => (double)i).ToArray();
        var chart = new ChartSpec(
            ChartKind.Bar,
            title,
            drift.Bins.Count > 0 && drift.DistinctValues > 5 && !double.IsNaN(drift.KsStatistic) ? "reference decile bin" : "value",
            "share of non-missing rows",
            [new ChartSeries("reference", x, rShares), new ChartSeries("current", x, cShares)],
            drift.Bins);

        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < drift.Bins.Count; i++)
        {
            var isNew = drift.NewCategories.Contains(drift.Bins[i]);
            rows.Add([drift.Bins[i] + (isNew ? " (new)" : string.Empty), Share(rShares[i]), Share(cShares[i])]);
        }

        var table = new EvidenceTable(title, ["bin", "reference share", "current share"], rows);
        return new Evidence(metrics, [table], [chart]);
    }

    /// <summary>The method's name and, for new categories, a note, as the finding's message shows them.</summary>
    public static string MethodText(ColumnDrift drift) =>
        drift.NewCategories.Count == 0
            ? DriftMethods.DisplayName(drift.Method)
            : $"{DriftMethods.DisplayName(drift.Method)}; new categories: {string.Join(", ", drift.NewCategories)}";

    private static string Share(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

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
