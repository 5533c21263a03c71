using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// The evidence of a fairness warning: its metric (estimate, 95% interval, tolerance) and the groups behind the gap with
/// their rates, so the message can stay short (at most five arguments) and nothing it used to say is lost.
/// </summary>
internal static class GapEvidence
{
    /// <summary>The caption of the table of groups behind a gap.</summary>
    public const string ExtremesTitle = "Groups behind the gap (rates with Wilson 95% CI)";

    /// <summary>The caption of the calibration table of a group.</summary>
    public const string CalibrationTitle = "Calibration in the large of the group and of all rows";

    /// <summary>The row of all rows in the calibration table.</summary>
    public const string AllRows = "all rows";

    /// <summary>The columns of the table of groups behind a gap.</summary>
    public static IReadOnlyList<string> ExtremesColumns { get; } = ["Rate", "Group with the lower rate", "Lower rate", "Group with the higher rate", "Higher rate"];

    /// <summary>The metric and, per rate, the groups with the lowest and the highest rate.</summary>
    /// <param name="metric">The judged metric.</param>
    /// <param name="analysis">The attribute's analysis.</param>
    /// <param name="rates">The rates whose extremes set the gap.</param>
    /// <returns>The evidence.</returns>
    public static Evidence Extremes(EvidenceMetric metric, GroupAnalysis analysis, params GroupRate[] rates)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var rate in rates)
        {
            if (analysis.Extremes(rate) is { } e)
            {
                rows.Add([MetricWords.Of(GroupRates.Name(rate)), e.Low.Subject, Cells.WithInterval(e.Low.Rate(rate)), e.High.Subject, Cells.WithInterval(e.High.Rate(rate))]);
            }
        }

        return new Evidence([metric], [new EvidenceTable(ExtremesTitle, ExtremesColumns, rows)]);
    }

    /// <summary>The calibration gap and the calibration in the large of the group and of all rows.</summary>
    /// <param name="metric">The judged calibration gap.</param>
    /// <param name="group">The group.</param>
    /// <param name="overall">The calibration in the large over all rows of the attribute.</param>
    /// <returns>The evidence.</returns>
    public static Evidence Calibration(EvidenceMetric metric, GroupResult group, double overall) => new(
        [metric],
        [
            new EvidenceTable(
                CalibrationTitle,
                [GroupEvidence.GroupHeader, MetricWords.Of("calibration_in_the_large")],
                [[group.Subject, Cells.WithInterval(group.CalibrationInTheLarge)], [AllRows, Cells.Number(overall)]]),
        ]);
}
