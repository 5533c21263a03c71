using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Registry.Tests;

public sealed class RunComparerTests
{
    [Fact]
    public void Findings_are_matched_by_rule_column_and_group_into_appeared_resolved_changed_and_unchanged()
    {
        var a = Run(findings:
        [
            SampleReports.Finding("XAI2001", Severity.Warning, "sex", "sex=F", "gap 0.20"),
            SampleReports.Finding("XAI6001", Severity.Warning, "crp"),
            SampleReports.Finding("XAI3001", Severity.Info, "creatinine"),
            SampleReports.Finding("XAI5008", Severity.Warning, "sepsis"),
        ]);
        var b = Run(findings:
        [
            SampleReports.Finding("XAI2001", Severity.Warning, "sex", "sex=F", "gap 0.25"), // message only
            SampleReports.Finding("XAI3001", Severity.Error, "creatinine"),                 // rose in severity
            SampleReports.Finding("XAI5008", Severity.Warning, "sepsis"),                   // unchanged
            SampleReports.Finding("XAI6005", Severity.Error, "antibiotics"),                // new
        ]);

        var comparison = RunComparer.Compare(a, b);

        Assert.Equal(
            [
                (FindingChangeKind.Appeared, "XAI6005", true),
                (FindingChangeKind.Changed, "XAI3001", true),
                (FindingChangeKind.Resolved, "XAI6001", false),
                (FindingChangeKind.Changed, "XAI2001", false),
            ],
            comparison.Findings.Select(f => (f.Kind, f.RuleId, f.IsRegression)));
        Assert.Equal(1, comparison.UnchangedFindings);
        Assert.True(comparison.IsRegression);
        Assert.Equal(
            ["verdict went from passed to failed (fail on error → error)", "XAI6005 antibiotics: new error", "XAI3001 creatinine: info → error"],
            comparison.RegressionReasons);
    }

    [Fact]
    public void Lifting_a_suppression_is_a_regression_and_adding_one_is_not()
    {
        var a = Run(findings: [SampleReports.Finding("XAI6001", Severity.Warning, "crp", suppressed: true), SampleReports.Finding("XAI6002", Severity.Warning, "wbc")]);
        var b = Run(findings: [SampleReports.Finding("XAI6001", Severity.Warning, "crp"), SampleReports.Finding("XAI6002", Severity.Warning, "wbc", suppressed: true)]);

        var changes = RunComparer.Compare(a, b).Findings;

        Assert.Equal([("XAI6001", true), ("XAI6002", false)], changes.Select(c => (c.RuleId, c.IsRegression)));
    }

    [Fact]
    public void A_new_info_finding_is_not_a_regression_and_identical_runs_show_no_change()
    {
        var a = Run(findings: [SampleReports.Finding("XAI2001", Severity.Warning, "sex")], measurements: [SampleReports.Measure("auroc", 0.9, lower: 0.8, upper: 0.95)]);
        var b = Run(findings: [SampleReports.Finding("XAI2001", Severity.Warning, "sex"), SampleReports.Finding("XAI1001", Severity.Info)], measurements: [SampleReports.Measure("auroc", 0.9, lower: 0.8, upper: 0.95)]);

        var comparison = RunComparer.Compare(a, b);
        var same = RunComparer.Compare(a, a);

        Assert.False(comparison.IsRegression);
        Assert.Equal([FindingChangeKind.Appeared], comparison.Findings.Select(f => f.Kind));
        Assert.Empty(same.Findings);
        Assert.Empty(same.Measurements);
        Assert.Equal((1, 1), (same.UnchangedFindings, same.UnchangedMeasurements));
    }

    [Fact]
    public void Moves_are_judged_against_the_confidence_intervals()
    {
        var a = Run(measurements:
        [
            SampleReports.Measure("auroc", 0.90, lower: 0.88, upper: 0.92),
            SampleReports.Measure("tpr", 0.80, "sex=F", lower: 0.70, upper: 0.90),
            SampleReports.Measure("psi", 0.10, "creatinine"),
            SampleReports.Measure("ece", double.NaN),
            SampleReports.Measure("gone", 1),
        ]);
        var b = Run(measurements:
        [
            SampleReports.Measure("auroc", 0.80, lower: 0.77, upper: 0.83), // [0.77, 0.83] lies below [0.88, 0.92]: beyond
            SampleReports.Measure("tpr", 0.75, "sex=F", lower: 0.65, upper: 0.85), // overlaps [0.70, 0.90]: within
            SampleReports.Measure("psi", 0.30, "creatinine"), // no interval
            SampleReports.Measure("ece", double.NaN), // NaN twice: unchanged
            SampleReports.Measure("new", 2),
        ]);

        var comparison = RunComparer.Compare(a, b);

        Assert.Equal(
            [
                (MeasurementChangeKind.Moved, "auroc", IntervalOutcome.BeyondIntervals),
                (MeasurementChangeKind.Moved, "psi", IntervalOutcome.NoInterval),
                (MeasurementChangeKind.Moved, "tpr", IntervalOutcome.WithinIntervals),
                (MeasurementChangeKind.Appeared, "new", IntervalOutcome.NoInterval),
                (MeasurementChangeKind.Disappeared, "gone", IntervalOutcome.NoInterval),
            ],
            comparison.Measurements.Select(m => (m.Kind, m.Name, m.Interval)));
        Assert.Equal(-0.10, comparison.Measurements[0].Delta!.Value, 12);
        Assert.Equal(1, comparison.UnchangedMeasurements);
        Assert.False(comparison.IsRegression); // a move alone: whether lower is worse depends on the metric
    }

    [Fact]
    public void Touching_intervals_overlap()
    {
        var before = new RecordedMeasurement("c", "m", null, 0.5, 0.4, 0.6);
        var after = new RecordedMeasurement("c", "m", null, 0.7, 0.6, 0.8);

        Assert.Equal(IntervalOutcome.WithinIntervals, RunComparer.Judge(before, after));
        Assert.Equal(IntervalOutcome.NoInterval, RunComparer.Judge(before, after with { Lower = null }));
    }

    [Fact]
    public void Verdict_going_from_passed_to_failed_is_a_regression()
    {
        var a = Run();
        var b = Run(findings: [SampleReports.Finding("XAI2001", Severity.Error, "sex", suppressed: true)], failOn: Severity.None) with
        {
            Summary = Run().Summary with { Verdict = RunVerdict.Failed },
        };

        var comparison = RunComparer.Compare(a, b);

        Assert.True(comparison.VerdictWorsened);
        Assert.True(comparison.IsRegression);
        Assert.Equal("verdict went from passed to failed (fail on error → error)", comparison.RegressionReasons[0]);
    }

    [Fact]
    public void Repeated_keys_pair_identical_entries_first()
    {
        var a = Run(findings: [SampleReports.Finding("XAI2006", Severity.Info, "age", message: "x"), SampleReports.Finding("XAI2006", Severity.Info, "age", message: "y")]);
        var b = Run(findings: [SampleReports.Finding("XAI2006", Severity.Info, "age", message: "y")]);

        var comparison = RunComparer.Compare(a, b);

        Assert.Equal(1, comparison.UnchangedFindings);
        var resolved = Assert.Single(comparison.Findings);
        Assert.Equal((FindingChangeKind.Resolved, "x"), (resolved.Kind, resolved.Before!.Message));
    }

    private static RecordedRun Run(IReadOnlyList<Finding>? findings = null, IReadOnlyList<Measurement>? measurements = null, Severity failOn = Severity.Error) =>
        RecordedRun.FromReport(SampleReports.Create(findings: findings, measurements: measurements, failOn: failOn), "/tmp/report.json", "00", DateTimeOffset.UnixEpoch);
}
