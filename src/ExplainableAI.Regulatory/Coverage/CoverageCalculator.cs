using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Regulatory;

/// <summary>
/// Computes the coverage matrix: for each requirement that applies to the model's tier (plus the principles in scope),
/// which rules ran and contribute evidence, what they found, and what a person must still provide.
/// </summary>
public static class CoverageCalculator
{
    /// <summary>Computes the matrix.</summary>
    /// <param name="tier">The model's risk-tier result.</param>
    /// <param name="catalog">The requirement catalog.</param>
    /// <param name="report">What the audit found: its rules (with their requirement IDs), checks (with their status), findings and measurements.</param>
    /// <param name="scope">Which principles and good-practice items to list; <see cref="CoverageScope.Default"/> when omitted.</param>
    /// <returns>The matrix, gaps first.</returns>
    public static CoverageMatrix Compute(RiskTierResult tier, RequirementCatalog catalog, AuditResult report, CoverageScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(tier);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(report);
        scope ??= CoverageScope.Default;

        var applicable = new Dictionary<string, RequirementStanding>(StringComparer.Ordinal);
        void Add(string id, RequirementStanding standing)
        {
            if (catalog.TryGet(id, out var r) && r.Kind == RequirementKind.Requirement)
            {
                applicable.TryAdd(id, standing);
            }
        }

        foreach (var id in tier.RequirementIds)
        {
            // The Annex III areas and MDCG rows the tier rests on are listed too: the declared fact behind them is evidence to keep.
            if (catalog.TryGet(id, out var r) && r.Kind == RequirementKind.Classification)
            {
                applicable.TryAdd(id, RequirementStanding.Classification);
            }

            Add(id, RequirementStanding.LegalObligation);
        }

        foreach (var id in tier.PossibleObligationIds)
        {
            Add(id, RequirementStanding.PossibleObligation);
        }

        if (tier.JapaneseDeviceClass is { } jp)
        {
            Add(jp.RequirementId, RequirementStanding.LegalObligation);
        }

        if (scope.IncludeGoodPractice)
        {
            foreach (var id in tier.GoodPracticeIds)
            {
                Add(id, RequirementStanding.GoodPractice);
            }
        }

        foreach (var r in catalog.Requirements.Where(r => scope.PrincipleFrameworks.Contains(r.Framework)))
        {
            Add(r.Id, RequirementStanding.Principle);
        }

        var completedRules = report.Checks.Where(c => c.Status == CheckStatus.Completed).SelectMany(c => c.Rules).ToHashSet(StringComparer.Ordinal);
        var rows = catalog.Requirements
            .Where(r => applicable.ContainsKey(r.Id))
            .Select(r => Row(r, applicable[r.Id], report, completedRules))
            .OrderBy(r => r.Status)
            .ThenBy(r => r.Standing)
            .ThenBy(r => r.Requirement.Line)
            .ToArray();
        return new CoverageMatrix(catalog.Version, tier.Tier, tier.Regime, rows, catalog.FindUnknown(report.Rules));
    }

    private static RequirementCoverage Row(Requirement requirement, RequirementStanding standing, AuditResult report, HashSet<string> completedRules)
    {
        var citing = report.Rules.Where(r => r.Requirements.Contains(requirement.Id, StringComparer.Ordinal)).ToArray();
        var ran = citing.Where(r => completedRules.Contains(r.Id) && r.EffectiveSeverity != Severity.None).ToArray();
        var notRun = report.Checks
            .Where(c => c.Status != CheckStatus.Completed && c.Rules.Any(id => citing.Any(r => r.Id == id)))
            .Select(c => $"{c.Name} ({c.Status})")
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var contributions = ran
            .Select(r => new RuleContribution(r.Id, r.Check, report.Findings.Count(f => f.RuleId == r.Id && f.IsActive)))
            .ToArray();
        var checks = ran.Select(r => r.Check).ToHashSet(StringComparer.Ordinal);
        var measurements = report.Measurements
            .Where(m => checks.Contains(m.Check))
            .Select(m => $"{m.Check}/{m.Name}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var testedFamilies = ran.Select(r => r.Family).ToHashSet();
        var untested = requirement.Families
            .Where(t => t != "documentation" && !testedFamilies.Contains(FamilyTokens.ToCheckFamily(t)))
            .ToArray();

        var manual = requirement.ManualEvidenceShown;
        if (ran.Length == 0)
        {
            return new(requirement, standing, CoverageStatus.ManualEvidenceNeeded, [], [], [.. requirement.Families.Where(t => t != "documentation")], notRun, manual)
            {
                ManualEvidenceJa = requirement.ManualEvidenceShownJa,
            };
        }

        // An active error is evidence against the requirement: the checks ran, and a person must still act on what they found.
        var errors = report.Findings.Count(f => f.IsActive && f.Severity == Severity.Error && ran.Any(r => r.Id == f.RuleId));
        var covered = requirement.AutomatedEvidence == AutomatedEvidence.Full && untested.Length == 0 && errors == 0;
        return new(
            requirement,
            standing,
            covered ? CoverageStatus.CoveredByAutomatedEvidence : CoverageStatus.PartiallyCovered,
            contributions,
            measurements,
            untested,
            notRun,
            covered ? null : manual)
        {
            ManualEvidenceJa = covered ? null : requirement.ManualEvidenceShownJa,
            ActiveErrors = errors,
        };
    }
}
