using ExplainableAI.Sdk;

namespace ExplainableAI.Regulatory;

/// <summary>One entry of the requirement catalog.</summary>
/// <param name="Id">Stable ID, for example <c>EU-AIA-ART10-3</c>.</param>
/// <param name="Framework">Where it comes from.</param>
/// <param name="Kind">What the entry is.</param>
/// <param name="Reference">Article, section or code within the framework (<c>Art 10(3)</c>, <c>B-1</c>), if any.</param>
/// <param name="TitleEn">English title (a paraphrase, not a quotation).</param>
/// <param name="TitleJa">Japanese title: the official name for Japanese frameworks, a formal translation otherwise.</param>
/// <param name="Evidence">What evidence satisfies it, if stated.</param>
/// <param name="Families">Check-family tokens (<c>data-quality</c>, <c>fairness</c>…) whose checks can contribute evidence.</param>
/// <param name="Verification">How far the row was verified.</param>
/// <param name="VerificationNote">Detail of the verification status, if any.</param>
/// <param name="AutomatedEvidence">How much automated checks can contribute.</param>
/// <param name="ManualEvidence">What a person must provide, when automated evidence is not enough.</param>
/// <param name="Date">The date, for <see cref="RequirementKind.Date"/> entries.</param>
/// <param name="Line">One-based line of the entry in the catalog file.</param>
public sealed record Requirement(
    string Id,
    RequirementFramework Framework,
    RequirementKind Kind,
    string? Reference,
    string TitleEn,
    string TitleJa,
    string? Evidence,
    IReadOnlyList<string> Families,
    VerificationStatus Verification,
    string? VerificationNote,
    AutomatedEvidence AutomatedEvidence,
    string? ManualEvidence,
    DateOnly? Date,
    int Line)
{
    /// <summary>Japanese <see cref="ManualEvidence"/> (<c>manual_evidence_ja</c>), for the Japanese report.</summary>
    public string? ManualEvidenceJa { get; init; }

    /// <summary>Japanese <see cref="Evidence"/> (<c>evidence_ja</c>), given where the report shows the evidence text.</summary>
    public string? EvidenceJa { get; init; }

    /// <summary>Japanese <see cref="VerificationNote"/> (<c>verification_note_ja</c>); a test keeps every note translated.</summary>
    public string? VerificationNoteJa { get; init; }

    /// <summary>
    /// What a person must provide, as the coverage table shows it: <see cref="ManualEvidence"/>, else
    /// <see cref="Evidence"/>, else <see cref="TitleEn"/>.
    /// </summary>
    public string ManualEvidenceShown => ManualEvidence ?? Evidence ?? TitleEn;

    /// <summary>
    /// <see cref="ManualEvidenceShown"/> in Japanese, from the matching <c>_ja</c> field; <see langword="null"/> when the
    /// catalog lacks it (a test keeps the built-in catalog complete).
    /// </summary>
    public string? ManualEvidenceShownJa => ManualEvidence is not null ? ManualEvidenceJa : Evidence is not null ? EvidenceJa : TitleJa;

    /// <summary>The check families, as the SDK's <see cref="CheckFamily"/> values (explanation → attribution,
    /// calibration → performance, documentation → governance).</summary>
    public IReadOnlyList<CheckFamily> CheckFamilies => [.. Families.Select(FamilyTokens.ToCheckFamily).Distinct()];
}
