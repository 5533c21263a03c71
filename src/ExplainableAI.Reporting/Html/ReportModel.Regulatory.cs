using ExplainableAI.Core;
using Scriban.Runtime;

namespace ExplainableAI.Reporting.Html;

/// <summary>The regulatory position of the template model: tier, issues and the coverage table, every string escaped.</summary>
internal static partial class ReportModel
{
    /// <summary>Coverage statuses in the order the report shows them: gaps first.</summary>
    private static readonly string[] CoverageOrder = ["manualEvidenceNeeded", "partiallyCovered", "coveredByAutomatedEvidence"];

    private static ScriptObject BuildRegulatory(RegulatoryRecord regulatory, RegistrationRecord registration, UiStrings strings, ReportCulture format, string language)
    {
        ScriptObject Labelled(string prefix, string key) => new()
        {
            ["key"] = Text(key),
            ["label"] = Text(strings[prefix + key]),
        };

        // Known statuses in their fixed order, then anything else a report may carry, so no row is ever dropped.
        var statuses = CoverageOrder.Concat(regulatory.Coverage.Select(r => r.Status).Where(s => !CoverageOrder.Contains(s, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal));
        var groups = new ScriptArray();
        foreach (var status in statuses)
        {
            var rows = regulatory.Coverage.Where(r => string.Equals(r.Status, status, StringComparison.Ordinal)).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            groups.Add(new ScriptObject
            {
                ["key"] = Text(status),
                ["label"] = Text(strings["regulatory.status." + status]),
                ["count"] = rows.Count,
                ["open"] = status != "coveredByAutomatedEvidence",
                ["rows"] = Array(rows, r => BuildCoverageRow(r, strings, language)),
            });
        }

        return new ScriptObject
        {
            ["tier"] = Labelled("regulatory.tier.", regulatory.Tier),
            ["provisional_tier"] = Labelled("regulatory.tier.", regulatory.ProvisionalTier),
            ["undetermined"] = regulatory.Tier == "undetermined",
            ["regime"] = Labelled("regulatory.regime.", regulatory.Regime),
            ["routes"] = Array(regulatory.Routes, r => (object?)Text(strings["regulatory.route." + r])),
            ["flags"] = Array(regulatory.Flags, f => (object?)Text(strings["regulatory.flag." + f])),
            ["applies_from"] = Text(regulatory.AppliesFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ["applies_from_display"] = regulatory.AppliesFrom is { } date ? Text(format.Date(date)) : null,
            ["deciding_rules"] = Texts(regulatory.DecidingRules),
            ["issues"] = Array(regulatory.Issues, i => new ScriptObject
            {
                ["field"] = Text(i.Field),
                ["kind"] = Labelled("regulatory.issue_kind.", i.Kind),
                ["reason"] = Text(i.Reason),
                ["rule"] = Text(i.Rule),
            }),
            ["jp_class"] = regulatory.JapaneseDeviceClass is { } jp
                ? new ScriptObject { ["class"] = Text(jp.Class), ["requirement_id"] = Text(jp.RequirementId) }
                : null,
            ["catalog_version"] = Text(regulatory.CatalogVersion),
            ["dates"] = Array(regulatory.Dates, d => BuildDate(d, strings, format)),
            ["sentence"] = Text(TierSentence(regulatory, registration, strings, format, language)),
            ["rule_summary"] = Text(language == "ja" ? regulatory.RuleSummaryJa : regulatory.RuleSummary),
            ["row_count"] = regulatory.Coverage.Count,
            ["groups"] = groups,
        };
    }

    // "EU MDR class IIa device → Art 6(1): … → obligations apply from 2027-08-02 (rule R3; legal text: …)": the facts
    // that decided the tier, the route, the date, and the rule last, for a reader who wants to trace it.
    private static string TierSentence(RegulatoryRecord regulatory, RegistrationRecord registration, UiStrings strings, ReportCulture format, string language)
    {
        var japanese = language == "ja";
        var parts = new List<string>();
        var fact = japanese ? regulatory.DecidingFactJa : regulatory.DecidingFact;
        if (fact is { Length: > 0 })
        {
            parts.Add(fact);
        }
        else if (registration.Regulatory.EuMdrClass is { Length: > 0 } mdr)
        {
            parts.Add(strings["regulatory.sentence.mdr"].Replace("{0}", mdr, StringComparison.Ordinal));
        }

        parts.AddRange(regulatory.Routes.Select(r => strings["regulatory.route." + r]));
        return string.Join(" → ", parts);
    }

    // One obligation group with its date under each legal text (catalog §1.1: print both until the OJ text is checked).
    private static ScriptObject BuildDate(ObligationDateRecord date, UiStrings strings, ReportCulture format)
    {
        ScriptObject? Day(DateOnly? day) => day is { } d
            ? new ScriptObject { ["iso"] = Text(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ["display"] = Text(format.Date(d)) }
            : null;
        var key = "regulatory.obligation." + date.Obligation;
        var label = strings[key];
        return new ScriptObject
        {
            // A report from a newer writer may carry a group this template does not know: its English text is shown.
            ["label"] = Text(label == key ? date.Text : label),
            ["original"] = Day(date.Original),
            ["amended"] = Day(date.Amended),
        };
    }

    private static ScriptObject BuildCoverageRow(CoverageRowRecord row, UiStrings strings, string language) => new()
    {
        ["title"] = Text(language == "ja" ? row.TitleJa : row.TitleEn),
        // Each language's report shows its own title; the other is in report.json (and the other language's report).
        ["title_other"] = null,
        ["title_other_lang"] = "ja",
        ["id"] = Text(row.RequirementId),
        ["framework"] = Text(row.Framework),
        ["reference"] = Text(row.Reference),
        ["title_en"] = Text(row.TitleEn),
        ["title_ja"] = Text(row.TitleJa),
        ["standing"] = Text(strings["regulatory.standing." + row.Standing]),
        ["verification"] = new ScriptObject
        {
            ["key"] = Text(row.Verification.ToLowerInvariant()),
            ["code"] = Text(row.Verification),
            ["label"] = Text(strings["regulatory.verification." + row.Verification]),
            ["unverified"] = row.Verification != "V",
        },
        ["rules"] = Texts(row.ContributingRules),
        ["verification_note"] = Text(language == "ja" ? row.VerificationNoteJa ?? row.VerificationNote : row.VerificationNote),
        ["active_errors"] = row.ActiveErrors > 0
            ? Text(strings["regulatory.label.active_errors"].Replace("{0}", row.ActiveErrors.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            : null,
        ["manual_evidence"] = Text(language == "ja" ? row.ManualEvidenceJa ?? row.ManualEvidence : row.ManualEvidence),
    };
}
