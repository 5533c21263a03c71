using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// The table and charts a reviewer reads for one attribute: every group's metrics with intervals (suppressed groups
/// marked), and dot-and-whisker charts of each group metric with its 95% interval against the value over all rows.
/// </summary>
internal static class GroupEvidence
{
    /// <summary>The charted group metrics, in order.</summary>
    public static IReadOnlyList<GroupChart> Charts { get; } =
        [GroupChart.SelectionRate, GroupChart.Tpr, GroupChart.Fpr, GroupChart.Auroc, GroupChart.CalibrationInTheLarge];

    /// <summary>The per-group table.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="minGroupSize">The minimum group size, for the suppressed marker.</param>
    /// <returns>The table.</returns>
    public static EvidenceTable Table(GroupAnalysis analysis, int minGroupSize)
    {
        var rows = new List<IReadOnlyList<string>>();
        string[] header = ["group", "n", "positives", "selection rate", "TPR", "FPR", "FNR", "precision", "disparate impact", "AUROC", "Brier", "ECE (10 bins)", "observed − mean score", "calibration gap vs all"];
        foreach (var g in analysis.Groups)
        {
            if (g.Suppressed)
            {
                rows.Add([g.Subject, $"suppressed (< {minGroupSize})", .. Enumerable.Repeat("", header.Length - 2)]);
                continue;
            }

            rows.Add(
            [
                g.Subject,
                g.Counts.Total.ToString(CultureInfo.InvariantCulture),
                g.Counts.Positives.ToString(CultureInfo.InvariantCulture),
                .. GroupRates.All.Select(r => WithRange(g.Rate(r))),
                WithRange(g.DisparateImpact),
                WithRange(g.Auroc),
                WithRange(g.Brier),
                WithRange(g.Ece),
                WithRange(g.CalibrationInTheLarge),
                WithRange(g.CalibrationGap),
            ]);
        }

        return new EvidenceTable($"Metrics by group of '{analysis.Attribute}' (95% CI)", header, rows);
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

        var values = shown.Select(g => Value(g, chart)).ToArray();
        var series = new ChartSeries(Name(chart), [], [.. values.Select(v => v.Value)])
        {
            Lower = [.. values.Select(v => v.Lower)],
            Upper = [.. values.Select(v => v.Upper)],
        };
        var overall = Overall(analysis, chart);
        var suppressed = analysis.Groups.Count(g => g.Suppressed);
        var note = suppressed == 0 ? "" : $"; {suppressed} suppressed group(s) not shown";
        return new ChartSpec(
            ChartKind.DotWhisker,
            $"{Name(chart)} by group of '{analysis.Attribute}' (95% CI; dashed: all rows{note})",
            Name(chart),
            "group",
            [series],
            [.. shown.Select(g => g.Subject)])
        {
            ReferenceValue = double.IsNaN(overall) ? null : overall,
        };
    }

    /// <summary>The evidence of the attribute's summary finding: the table and every chart.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="minGroupSize">The minimum group size.</param>
    /// <returns>The evidence.</returns>
    public static Evidence Build(GroupAnalysis analysis, int minGroupSize) =>
        With(analysis, minGroupSize, Charts);

    /// <summary>The table and the charts of some metrics.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="minGroupSize">The minimum group size.</param>
    /// <param name="charts">The metrics to chart.</param>
    /// <returns>The evidence.</returns>
    public static Evidence With(GroupAnalysis analysis, int minGroupSize, IEnumerable<GroupChart> charts) =>
        new(Tables: [Table(analysis, minGroupSize)], Charts: [.. charts.Select(c => Chart(analysis, c)).OfType<ChartSpec>()]);

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

    private static string WithRange(Interval interval) =>
        double.IsNaN(interval.Value) ? "—" : interval.HasBounds ? $"{Cells.Number(interval.Value)} ({Cells.Range(interval)})" : Cells.Number(interval.Value);
}
