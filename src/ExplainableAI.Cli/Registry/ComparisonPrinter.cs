using System.Globalization;
using ExplainableAI.Registry;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>Prints a run comparison for a terminal or a CI log: the verdict first, then findings, then measurements.</summary>
internal static class ComparisonPrinter
{
    public static void Print(TextWriter output, RunComparison comparison)
    {
        var (a, b) = (comparison.Before, comparison.After);
        output.WriteLine($"A: {Describe(a)}");
        output.WriteLine($"B: {Describe(b)}");
        output.WriteLine();
        output.WriteLine($"Verdict: {Verdict(a)} → {Verdict(b)}{(comparison.VerdictWorsened ? "  (worse)" : string.Empty)}");
        output.WriteLine($"Tier:    {a.Tier ?? "-"} → {b.Tier ?? "-"}");
        output.WriteLine(Invariant($"Counts:  errors {a.Counts.Errors} → {b.Counts.Errors}, warnings {a.Counts.Warnings} → {b.Counts.Warnings}, infos {a.Counts.Infos} → {b.Counts.Infos}, suppressed {a.Counts.Suppressed} → {b.Counts.Suppressed}"));
        if (a.ModelSha256 != b.ModelSha256)
        {
            output.WriteLine($"Model file: {Short(a.ModelSha256)} → {Short(b.ModelSha256)}");
        }

        var findings = comparison.Findings;
        output.WriteLine();
        output.WriteLine(Invariant($"Findings: {Count(findings, FindingChangeKind.Appeared)} appeared, {Count(findings, FindingChangeKind.Resolved)} resolved, {Count(findings, FindingChangeKind.Changed)} changed, {comparison.UnchangedFindings} unchanged"));
        if (findings.Count > 0)
        {
            TextTable.Write(output, ["Change", "Rule", "Severity", "Column", "Group", "Message (B, else A)"], [.. findings.Select(FindingRow)]);
        }

        var measurements = comparison.Measurements;
        var moved = measurements.Where(m => m.Kind == MeasurementChangeKind.Moved).ToList();
        output.WriteLine();
        output.WriteLine(Invariant($"Measurements: {moved.Count} moved ({moved.Count(m => m.Interval == IntervalOutcome.BeyondIntervals)} beyond their confidence intervals), {measurements.Count(m => m.Kind == MeasurementChangeKind.Appeared)} appeared, {measurements.Count(m => m.Kind == MeasurementChangeKind.Disappeared)} disappeared, {comparison.UnchangedMeasurements} unchanged"));
        if (measurements.Count > 0)
        {
            TextTable.Write(output, ["Change", "Check", "Measurement", "Subject", "A [CI]", "B [CI]", "B - A", "Intervals"], [.. measurements.Select(MeasurementRow)]);
        }

        output.WriteLine();
        if (comparison.IsRegression)
        {
            output.WriteLine("Regression: yes");
            foreach (var reason in comparison.RegressionReasons)
            {
                output.WriteLine($"  - {TerminalText.Clean(reason)}");
            }
        }
        else
        {
            output.WriteLine("Regression: no (no finding appeared or worsened, and the verdict did not get worse; judge the moved measurements)");
        }
    }

    private static string Describe(RunSummary run) =>
        $"{(run.Id > 0 ? Invariant($"run {run.Id}") : "report")} · {TerminalText.Clean(run.ModelId)} {TerminalText.Clean(run.ModelVersion)} · {run.GeneratedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC · {TerminalText.Clean(run.ReportPath)}";

    private static string Verdict(RunSummary run) => $"{run.Verdict.ToString().ToLowerInvariant()} (fail on {Token(run.FailOn)})";

    private static int Count(IReadOnlyList<FindingChange> findings, FindingChangeKind kind) => findings.Count(f => f.Kind == kind);

    private static string[] FindingRow(FindingChange change)
    {
        var severity = change switch
        {
            { Before: null } => Severity(change.After!),
            { After: null } => Severity(change.Before),
            _ => Severity(change.Before) == Severity(change.After) ? Severity(change.After) : $"{Severity(change.Before)} → {Severity(change.After)}",
        };
        var kind = change.IsRegression ? $"{Token(change.Kind)} (worse)" : Token(change.Kind);
        return [kind, change.RuleId, severity, TerminalText.Clean(change.Column), TerminalText.Clean(change.Group), TerminalText.Clean((change.After ?? change.Before)!.Message)];

        static string Severity(RecordedFinding f) => f.Suppressed ? $"{Token(f.Severity)} (suppressed)" : Token(f.Severity);
    }

    private static string[] MeasurementRow(MeasurementChange change) =>
    [
        Token(change.Kind),
        TerminalText.Clean(change.Check),
        TerminalText.Clean(change.Name),
        TerminalText.Clean(change.Subject),
        Value(change.Before),
        Value(change.After),
        change.Delta is { } d ? Number(d, signed: true) : "-",
        change.Interval switch
        {
            IntervalOutcome.BeyondIntervals => "beyond",
            IntervalOutcome.WithinIntervals => "within",
            _ => "-",
        },
    ];

    private static string Value(RecordedMeasurement? m) => m switch
    {
        null => "-",
        { Lower: { } l, Upper: { } u } => $"{Number(m.Value)} [{Number(l)}, {Number(u)}]",
        _ => Number(m.Value),
    };

    private static string Number(double value, bool signed = false) =>
        (signed && value > 0 ? "+" : string.Empty) + value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Short(string? sha) => sha is null ? "-" : sha[..Math.Min(12, sha.Length)];

    private static string Token<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
