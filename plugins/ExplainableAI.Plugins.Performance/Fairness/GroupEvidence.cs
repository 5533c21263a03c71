using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Performance;

/// <summary>The table and chart a reviewer reads for one attribute: every group's metrics with intervals, suppressed groups marked.</summary>
internal static class GroupEvidence
{
    /// <summary>Builds the evidence of an attribute's analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="minGroupSize">The minimum group size, for the suppressed marker.</param>
    /// <returns>The evidence: one table and one bar chart.</returns>
    public static Evidence Build(GroupAnalysis analysis, int minGroupSize)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var g in analysis.Groups)
        {
            if (g.Suppressed)
            {
                rows.Add([g.Subject, $"suppressed (< {minGroupSize})", "", "", "", "", "", "", "", "", "", ""]);
                continue;
            }

            rows.Add(
            [
                g.Subject,
                g.Counts.Total.ToString(CultureInfo.InvariantCulture),
                g.Counts.Positives.ToString(CultureInfo.InvariantCulture),
                .. GroupRates.All.Select(r => WithRange(g.Rate(r))),
                WithRange(g.DisparateImpact),
                WithRange(g.Auroc.Interval),
                WithRange(g.Brier),
                Cells.Number(g.Ece),
            ]);
        }

        var table = new EvidenceTable(
            $"Metrics by group of '{analysis.Attribute}' (95% CI)",
            ["group", "n", "positives", "selection rate", "TPR", "FPR", "FNR", "precision", "disparate impact", "AUROC", "Brier", "ECE (10 bins)"],
            rows);
        var shown = analysis.Groups.Where(g => !g.Suppressed).ToArray();
        GroupRate[] charted = [GroupRate.SelectionRate, GroupRate.Tpr, GroupRate.Fpr];
        var chart = new ChartSpec(
            ChartKind.Bar,
            $"Rates by group of '{analysis.Attribute}'",
            "group",
            "rate",
            [.. charted.Select(r => new ChartSeries(GroupRates.Name(r), [], [.. shown.Select(g => Zero(g.Rate(r).Value))]))],
            [.. shown.Select(g => g.Subject)]);
        return new Evidence(Tables: [table], Charts: [chart]);
    }

    private static string WithRange(Interval interval) =>
        double.IsNaN(interval.Value) ? "—" : interval.HasBounds ? $"{Cells.Number(interval.Value)} ({Cells.Range(interval)})" : Cells.Number(interval.Value);

    // A bar chart cannot draw NaN; an undefined rate shows as an empty bar and the table says "—".
    private static double Zero(double value) => double.IsNaN(value) ? 0 : value;
}
