using ExplainableAI.Sdk;

namespace ExplainableAI.Registry;

/// <summary>What changed from one audit run to another: verdict, tier, findings and measurements.</summary>
/// <param name="Before">The earlier run (A).</param>
/// <param name="After">The later run (B).</param>
/// <param name="Findings">Findings that appeared, were resolved or changed; regressions first, then by rule, column and group.</param>
/// <param name="Measurements">Measurements that moved, appeared or disappeared; moves beyond their intervals first.</param>
/// <param name="UnchangedFindings">Findings the two runs share unchanged.</param>
/// <param name="UnchangedMeasurements">Measurements with the same value in both runs.</param>
public sealed record RunComparison(
    RunSummary Before,
    RunSummary After,
    IReadOnlyList<FindingChange> Findings,
    IReadOnlyList<MeasurementChange> Measurements,
    int UnchangedFindings,
    int UnchangedMeasurements)
{
    /// <summary>Whether the verdict went from passed to failed.</summary>
    public bool VerdictWorsened => Before.Verdict == RunVerdict.Passed && After.Verdict == RunVerdict.Failed;

    /// <summary>
    /// Whether B is worse than A: its verdict went from passed to failed, or an active warning or error finding appeared,
    /// was unsuppressed or rose in severity. Moved measurements alone are not a regression: whether higher is better
    /// depends on the measurement, so they are shown for a person to judge.
    /// </summary>
    public bool IsRegression => VerdictWorsened || Findings.Any(f => f.IsRegression);

    /// <summary>The reasons <see cref="IsRegression"/> holds, one line each; empty when it does not.</summary>
    public IReadOnlyList<string> RegressionReasons =>
    [
        .. VerdictWorsened ? [$"verdict went from passed to failed (fail on {Before.FailOn.ToString().ToLowerInvariant()} → {After.FailOn.ToString().ToLowerInvariant()})"] : Array.Empty<string>(),
        .. Findings.Where(f => f.IsRegression).Select(f => $"{f.RuleId} {Describe(f)}: {(f.Before is null || !f.Before.IsActive ? "new" : $"{Token(f.Before.Severity)} →")} {Token(f.After!.Severity)}"),
    ];

    private static string Describe(FindingChange change) => (change.Column, change.Group) switch
    {
        (null, null) => "(dataset)",
        ({ } c, null) => c,
        (null, { } g) => g,
        ({ } c, { } g) => $"{c} {g}",
    };

    private static string Token(Severity severity) => severity.ToString().ToLowerInvariant();
}
