using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// XAI2008: a group whose calibration gap (its observed minus mean score, minus the same over all rows) and whole interval
/// are beyond the tolerance; otherwise XAI2006 reports the largest gap as within tolerance or not conclusive.
/// </summary>
internal static class CalibrationJudgement
{
    public static void Judge(CheckContext context, GroupAnalysis analysis)
    {
        var judged = analysis.Groups.Where(g => !g.Suppressed && !double.IsNaN(g.CalibrationGap.Value)).ToArray();
        if (judged.Length < 2)
        {
            return;
        }

        var tolerance = context.Option(FairnessRules.CalibrationByGroupRule, FairnessRules.MaxCalibrationGapOption);
        var overall = analysis.OverallScores.CalibrationInTheLarge;
        var reported = false;
        foreach (var g in judged)
        {
            var gap = g.CalibrationGap;
            var beyond = Math.Abs(gap.Value) > tolerance
                && (!gap.HasBounds || (gap.Value > 0 ? gap.Lower > tolerance : gap.Upper < -tolerance));
            if (!beyond)
            {
                continue;
            }

            reported = true;
            context.Report(
                FairnessRules.CalibrationByGroupRule,
                new FindingLocation(Column: analysis.Attribute, Group: g.Subject),
                GapEvidence.Calibration(Cells.Metric("calibration_gap", gap, gap.Value > 0 ? tolerance : -tolerance), g, overall),
                analysis.Attribute,
                g.Subject,
                gap.Value,
                gap.Value > 0 ? "under-estimated" : "over-estimated",
                tolerance);
        }

        if (!reported)
        {
            var largest = judged.MaxBy(g => Math.Abs(g.CalibrationGap.Value))!;
            var gap = largest.CalibrationGap;
            context.Report(
                FairnessRules.WithinToleranceRule,
                FindingLocation.ForColumn(analysis.Attribute),
                Evidence.Of(Cells.Metric("calibration_gap", gap, Math.Abs(gap.Value) <= tolerance || gap.Value > 0 ? tolerance : -tolerance)),
                "Largest calibration gap (" + largest.Subject + ")",
                analysis.Attribute,
                gap.Value,
                Math.Abs(gap.Value) <= tolerance ? "within tolerance" : "not conclusive, the estimate is beyond the tolerance but its interval reaches it",
                tolerance);
        }
    }
}
