namespace ExplainableAI.Regulatory;

/// <summary>One row of the coverage matrix.</summary>
/// <param name="Requirement">The catalog entry (titles, verification status, evidence).</param>
/// <param name="Standing">Legal obligation, good practice or principle.</param>
/// <param name="Status">How far automated evidence reaches.</param>
/// <param name="Contributions">The rules that ran and contribute, with their finding counts.</param>
/// <param name="Measurements">The measurements of the contributing checks, as <c>check/name</c>, in a stable order.</param>
/// <param name="UntestedFamilies">Check families the requirement names that no contributing check covered (documentation excluded).</param>
/// <param name="ChecksNotRun">Checks with rules citing the requirement that failed, timed out or were skipped, as <c>check (status)</c>.</param>
/// <param name="ManualEvidence">What a person must provide, or <see langword="null"/> when automated evidence covers it.</param>
public sealed record RequirementCoverage(
    Requirement Requirement,
    RequirementStanding Standing,
    CoverageStatus Status,
    IReadOnlyList<RuleContribution> Contributions,
    IReadOnlyList<string> Measurements,
    IReadOnlyList<string> UntestedFamilies,
    IReadOnlyList<string> ChecksNotRun,
    string? ManualEvidence)
{
    /// <summary><see cref="ManualEvidence"/> in Japanese, or <see langword="null"/> when that is null or the catalog lacks it.</summary>
    public string? ManualEvidenceJa { get; init; }

    /// <summary>
    /// Active (unsuppressed) error findings of the contributing rules: evidence against the requirement that a person must
    /// address, so the row is at most <see cref="CoverageStatus.PartiallyCovered"/>.
    /// </summary>
    public int ActiveErrors { get; init; }
}
