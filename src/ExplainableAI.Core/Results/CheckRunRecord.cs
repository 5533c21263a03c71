namespace ExplainableAI.Core;

/// <summary>One check's run.</summary>
/// <param name="Name">Check name.</param>
/// <param name="Plugin">Plugin assembly name.</param>
/// <param name="Status">How it ended.</param>
/// <param name="DurationMs">Wall-clock duration in milliseconds.</param>
/// <param name="Rules">IDs of its rules.</param>
/// <param name="Message">Why it failed or was skipped, or that it completed without reporting anything (XAI0006).</param>
public sealed record CheckRunRecord(string Name, string Plugin, CheckStatus Status, double DurationMs, IReadOnlyList<string> Rules, string? Message = null)
{
    /// <summary>
    /// For a check that threw, the frames of its own assembly (one per line, newest first), when the audit was run with
    /// stack traces (<c>--verbose</c>); otherwise <see langword="null"/>.
    /// </summary>
    public string? StackTrace { get; init; }
}
