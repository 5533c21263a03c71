using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// The table and charts a reviewer reads for one attribute, once, on its summary finding (XAI2007): every group's metrics
/// with intervals (suppressed groups marked), and dot-and-whisker charts of each group metric with its 95% interval
/// against the value over all rows. The other findings about the attribute carry only their metric.
/// </summary>
internal static class GroupEvidence
{
    /// <summary>The charted group metrics, in order.</summary>
    public static IReadOnlyList<GroupChart> Charts { get; } =
        [GroupChart.SelectionRate, GroupChart.Tpr, GroupChart.Fpr, GroupChart.Auroc, GroupChart.CalibrationInTheLarge];

    /// <summary>The header of the group column of the table and the y axis of the charts.</summary>
    public const string GroupHeader = "Group";

    /// <summary>The per-group table.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="minGroupSize">The minimum group size, for the suppressed marker.</param>
    /// <returns>The table.</returns>
    public static EvidenceTable Table(GroupAnalysis analysis, int minGroupSize)
    {
        var rows = new List<IReadOnlyList<string>>();
        string[] header =
        [
            GroupHeader,
            MetricWords.Of("n"),
            MetricWords.Of("positives"),
            .. GroupRates.All.Select(r => MetricWords.Of(GroupRates.Name(r))),
            MetricWords.Of("disparate_impact"),
            MetricWords.Of("auroc"),
            MetricWords.Of("brier"),
            $"ECE ({GroupAnalysis.CalibrationBins} bins)",
            MetricWords.Of("calibration_in_the_large"),
            MetricWords.Of("calibration_gap"),
        ];
        var degenerate = false;
        foreach (var g in analysis.Groups)
        {
            if (g.Suppressed)
            {
                rows.Add([g.Subject, $"suppressed (fewer than {minGroupSize} rows)", .. Enumerable.Repeat("", header.Length - 2)]);
                continue;
            }

            Interval[] cells = [.. GroupRates.All.Select(g.Rate), g.DisparateImpact, g.Auroc, g.Brier, g.Ece, g.CalibrationInTheLarge, g.CalibrationGap];
            degenerate |= cells.Any(c => c.IsDegenerate);
            rows.Add([g.Subject, Cells.Count(g.Counts.Total), Cells.Count(g.Counts.Positives), .. cells.Select(c => Cells.WithInterval(c))]);
        }

        var caption = $"Metrics by group of '{analysis.Attribute}' (95% CI: Wilson for rates, bootstrap otherwise)";
        if (degenerate)
        {
            caption += $"; {Cells.DegenerateMarker}: every resample gave the same value, no interval";
        }

        return new EvidenceTable(caption, header, rows);
    }

    /// <summary>
    /// A dot-and-whisker chart of one metric: one row per group that is not suppressed (top to bottom in level order),
    /// the estimate with its 95% interval, and a dashed reference line at the value over all rows of the attribute.
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="chart">The metric.</param>
    /// <returns>The chart, or <see langword="null"/> when no group has the metric defined.</returns>
    public static ChartSpec? Chart(GroupAnalysis analysis, GroupChart chart)
    {
        var shown = analysis.Groups.Where(g => !g.Suppressed && !double.IsNaN(Value(g, chart).Value)).ToArray();
        if (shown.Length == 0)
        {
            return null;
        }

        // A degenerate interval is drawn as the point alone (no whisker), as it is published.
        var values = shown.Select(g => Value(g, chart).Published).ToArray();
        var words = MetricWords.Of(Name(chart));
        var series = new ChartSeries(words, [], [.. values.Select(v => v.Value)])
        {
            Lower = [.. values.Select(v => v.Lower)],
            Upper = [.. values.Select(v => v.Upper)],
        };
        var overall = Overall(analysis, chart);
        var suppressed = analysis.Groups.Count(g => g.Suppressed);
        var subtitle = chart is GroupChart.Auroc or GroupChart.CalibrationInTheLarge ? "95% CI; dashed line: all rows" : "Wilson 95% CI; dashed line: all rows";
        if (suppressed > 0)
        {
            subtitle += $"; {suppressed} suppressed group(s) not shown";
        }

        return new ChartSpec(
            ChartKind.DotWhisker,
            $"{words} by group of '{analysis.Attribute}'",
            words,
            GroupHeader,
            [series],
            [.. shown.Select(g => g.Subject)])
        {
            ReferenceValue = double.IsNaN(overall) ? null : overall,
            Subtitle = subtitle,
        };
    }

    /// <summary>The evidence of the attribute's summary finding: the table and every chart.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="minGroupSize">The minimum group size.</param>
    /// <returns>The evidence.</returns>
    public static Evidence Build(GroupAnalysis analysis, int minGroupSize) =>
        new(Tables: [Table(analysis, minGroupSize)], Charts: [.. Charts.Select(c => Chart(analysis, c)).OfType<ChartSpec>()]);

    /// <summary>The measurement name of a charted metric.</summary>
    /// <param name="chart">The metric.</param>
    /// <returns>The name.</returns>
    public static string Name(GroupChart chart) => chart switch
    {
        GroupChart.SelectionRate => "selection_rate",
        GroupChart.Tpr => "tpr",
        GroupChart.Fpr => "fpr",
        GroupChart.Auroc => "auroc",
        _ => "calibration_in_the_large",
    };

    private static Interval Value(GroupResult g, GroupChart chart) => chart switch
    {
        GroupChart.SelectionRate => g.Rate(GroupRate.SelectionRate),
        GroupChart.Tpr => g.Rate(GroupRate.Tpr),
        GroupChart.Fpr => g.Rate(GroupRate.Fpr),
        GroupChart.Auroc => g.Auroc,
        _ => g.CalibrationInTheLarge,
    };

    private static double Overall(GroupAnalysis analysis, GroupChart chart) => chart switch
    {
        GroupChart.SelectionRate => analysis.Overall.SelectionRate,
        GroupChart.Tpr => analysis.Overall.Sensitivity,
        GroupChart.Fpr => analysis.Overall.FalsePositiveRate,
        GroupChart.Auroc => analysis.OverallScores.Auroc,
        _ => analysis.OverallScores.CalibrationInTheLarge,
    };
}
