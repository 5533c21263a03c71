using System.Text.Json;
using ExplainableAI.Core;

namespace ExplainableAI.Regulatory;

/// <summary>Turns a risk tier and a coverage matrix into the report's <see cref="RegulatoryRecord"/> (plain data, no Regulatory types).</summary>
public static class RegulatoryRecords
{
    /// <summary>Builds the report section.</summary>
    /// <param name="tier">The classified tier.</param>
    /// <param name="coverage">The coverage matrix computed for that tier.</param>
    /// <returns>The record; enum values are camelCase names, as in the rest of <c>report.json</c>.</returns>
    public static RegulatoryRecord Create(RiskTierResult tier, CoverageMatrix coverage)
    {
        ArgumentNullException.ThrowIfNull(tier);
        ArgumentNullException.ThrowIfNull(coverage);
        var explanation = TierExplanation.For(tier);
        return new RegulatoryRecord(
            Name(tier.Tier),
            Name(tier.ProvisionalTier),
            Name(tier.Regime),
            [.. tier.Routes.Select(r => Name(r))],
            [.. tier.Flags.Select(f => Name(f))],
            tier.AppliesFrom,
            [.. tier.DecidingRules],
            [.. tier.Issues.Select(i => new RegulatoryIssueRecord(i.Field, Name(i.Kind), i.Reason, i.Rule) { ReasonJa = i.ReasonJa })],
            tier.JapaneseDeviceClass is { } jp ? new JapaneseDeviceClassRecord(jp.Class.ToString(), jp.RequirementId) : null,
            coverage.CatalogVersion,
            [.. coverage.Rows.Select(Row)])
        {
            DecidingFact = explanation.DecidingFact,
            DecidingFactJa = explanation.DecidingFactJa,
            RuleSummary = explanation.RuleSummary,
            RuleSummaryJa = explanation.RuleSummaryJa,
            Reasons = [.. tier.Reasons.Select(Reason)],
            Dates = [.. tier.Dates.Select(d => new ObligationDateRecord(d.Key, d.Obligation, d.Original, d.OriginalDateId, d.Amended, d.AmendedDateId))],
            DeclaredFacts = Declared(tier.Facts),
        };
    }

    /// <summary>The catalog token of a framework (<c>eu-ai-act</c>, <c>gmlp</c>…).</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The token the catalog file uses.</returns>
    public static string FrameworkToken(RequirementFramework framework) =>
        CatalogReader.FrameworkTokens.First(p => p.Value == framework).Key;

    private static CoverageRowRecord Row(RequirementCoverage row)
    {
        var r = row.Requirement;
        return new CoverageRowRecord(
            r.Id,
            FrameworkToken(r.Framework),
            r.Reference,
            r.TitleEn,
            r.TitleJa,
            Name(row.Standing),
            Name(row.Status),
            r.Verification switch
            {
                VerificationStatus.Verified => "V",
                VerificationStatus.SecondarySource => "S",
                _ => "U",
            },
            [.. row.Contributions.Select(c => c.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            row.ManualEvidence)
        {
            ManualEvidenceJa = row.ManualEvidenceJa,
            VerificationNote = r.VerificationNote,
            VerificationNoteJa = r.VerificationNoteJa,
            ActiveErrors = row.ActiveErrors,
        };
    }

    // The facts file's own tokens, so a reviewer can find each value in the file.
    private static DeclaredFactsRecord Declared(DeclaredFacts f) => new(
        f.IsMedicalDevice switch
        {
            MedicalDeviceRegulation.No => "no",
            MedicalDeviceRegulation.Mdr => "MDR",
            MedicalDeviceRegulation.Ivdr => "IVDR",
            _ => null,
        },
        f.MdrClass is { } mdr ? FactWording.Mdr(mdr).Value : null,
        f.IvdrClass is { } ivdr ? FactWording.Ivdr(ivdr).Value : null,
        f.AnnexIIIPoints is { } points ? [.. points] : null,
        f.JapanesePmdClass?.ToString(),
        f.PlacedOnMarketDate);

    private static TierReasonRecord Reason(TierReason reason) => new(
        reason.Rule,
        reason.Deciding,
        reason.Basis,
        reason.BasisJa,
        reason.Summary,
        reason.SummaryJa,
        [.. reason.Facts.Select(f => new TierFactRecord(f.Field, f.Value, f.Text, f.TextJa))]);

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
