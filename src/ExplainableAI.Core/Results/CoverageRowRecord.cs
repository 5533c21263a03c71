namespace ExplainableAI.Core;

/// <summary>One applicable requirement and how far the audit's automated evidence reaches for it.</summary>
/// <param name="RequirementId">The catalog ID.</param>
/// <param name="Framework">The framework token (<c>eu-ai-act</c>, <c>gmlp</c>…).</param>
/// <param name="Reference">Article, section or code within the framework, if any.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="TitleJa">Japanese title.</param>
/// <param name="Standing"><c>legalObligation</c>, <c>possibleObligation</c> (tier undetermined), <c>classification</c>, <c>goodPractice</c> or <c>principle</c>.</param>
/// <param name="Status"><c>manualEvidenceNeeded</c>, <c>partiallyCovered</c> or <c>coveredByAutomatedEvidence</c>.</param>
/// <param name="Verification">How far the catalog row was verified: <c>V</c>, <c>S</c> (secondary sources) or <c>U</c> (unverified).</param>
/// <param name="ContributingRules">The rules that ran and contribute evidence, in a stable order.</param>
/// <param name="ManualEvidence">What a person must still provide, or <see langword="null"/> when automated evidence covers it.</param>
public sealed record CoverageRowRecord(
    string RequirementId,
    string Framework,
    string? Reference,
    string TitleEn,
    string TitleJa,
    string Standing,
    string Status,
    string Verification,
    IReadOnlyList<string> ContributingRules,
    string? ManualEvidence)
{
    /// <summary>
    /// <see cref="ManualEvidence"/> in Japanese, from the catalog's <c>manual_evidence_ja</c> (or <c>evidence_ja</c>,
    /// <c>title_ja</c> where the English falls back to <c>evidence</c>, <c>title_en</c>); <see langword="null"/> exactly
    /// when <see cref="ManualEvidence"/> is, or when the catalog has no Japanese text for it.
    /// </summary>
    public string? ManualEvidenceJa { get; init; }

    /// <summary>The catalog's detail of <see cref="Verification"/> (for example <c>Omnibus: S</c>), if any.</summary>
    public string? VerificationNote { get; init; }

    /// <summary><see cref="VerificationNote"/> in Japanese.</summary>
    public string? VerificationNoteJa { get; init; }

    /// <summary>Active error findings of the contributing rules: evidence against the requirement, so it is at most partly supported.</summary>
    public int ActiveErrors { get; init; }
}
