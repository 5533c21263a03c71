namespace ExplainableAI.Cli.Tests.Hostile;

/// <summary>What a hostile run must do.</summary>
/// <param name="ExitCode">The exit code (see the README's exit-code table).</param>
/// <param name="ErrorContains">Text stderr must contain (e.g. the file and line), or null.</param>
/// <param name="ReportWritten">Whether a complete report must be in the output folder (true) or no file at all (false).</param>
internal sealed record HostileOutcome(int ExitCode, string? ErrorContains, bool ReportWritten)
{
    /// <summary>Bad input: exit 2, one line on stderr containing <paramref name="errorContains"/>, nothing written.</summary>
    public static HostileOutcome BadInput(string errorContains) => new(2, errorContains, ReportWritten: false);

    /// <summary>The audit ran and the gate failed: exit 1, with the report written.</summary>
    public static HostileOutcome GateFailed(string? errorContains = null) => new(1, errorContains, ReportWritten: true);

    /// <summary>The audit ran and passed: exit 0, with the report written.</summary>
    public static HostileOutcome Passed() => new(0, null, ReportWritten: true);

    /// <summary>Findings the report must hold (rule IDs), checked in report.json when the report is written.</summary>
    public IReadOnlyList<string> RuleIds { get; init; } = [];

    /// <summary>Text report.json must contain (e.g. a skip reason), when the report is written.</summary>
    public string? ReportContains { get; init; }

    /// <summary>Further assertions on the output folder (report.html, annex-iv.md…), when the report is written.</summary>
    public Action<string>? Verify { get; init; }
}
