using System.Globalization;
using ExplainableAI.Core;
using ExplainableAI.Sdk;
using Scriban.Runtime;

namespace ExplainableAI.Reporting.Html;

/// <summary>
/// The findings of the template model, arranged so that each problem is said once: a ranked "needs attention" list for
/// the first screen, then per family one topic per subject (a column, a sensitive attribute, the whole dataset) with its
/// findings and, once, the tables and charts they carry.
/// </summary>
internal static partial class ReportModel
{
    /// <summary>Lines of the attention list shown before "and N more".</summary>
    private const int AttentionLines = 15;

    private sealed record Topic(CheckFamily Family, string? Subject, List<Finding> Findings);

    private static ScriptObject BuildFindings(AuditReport report, UiStrings strings, ReportText text)
    {
        var numbers = new Dictionary<Finding, int>(ReferenceEqualityComparer.Instance);
        var active = report.Findings.Where(f => f.IsActive).ToList();

        // Most severe first, then by how far beyond its threshold; the checks' order among equals.
        static IOrderedEnumerable<Finding> Ranked(IEnumerable<Finding> findings) =>
            findings.OrderByDescending(f => f.Severity).ThenByDescending(FindingEffect.Of);

        var topics = active
            .GroupBy(f => (f.Family, Subject: f.Location.Column))
            .Select(g => new Topic(g.Key.Family, g.Key.Subject, [.. Ranked(g)]))
            .ToList();
        foreach (var finding in topics.SelectMany(t => t.Findings))
        {
            numbers[finding] = numbers.Count + 1;
        }

        var dedup = new EvidenceDeduplicator();
        var evidenceIds = 0;
        var chartIds = 0;
        var families = new ScriptArray();
        foreach (var family in topics.GroupBy(t => t.Family)
                     .OrderByDescending(g => g.Max(t => t.Findings[0].Severity))
                     .ThenBy(g => g.Key))
        {
            var familyTopics = new ScriptArray();
            foreach (var topic in family
                         .OrderByDescending(t => t.Findings[0].Severity)
                         .ThenByDescending(t => FindingEffect.Of(t.Findings[0]))
                         .ThenBy(t => t.Subject is null ? 0 : 1))
            {
                var anchor = "topic-" + Key(topic.Family) + "-" + (familyTopics.Count + 1).ToString(CultureInfo.InvariantCulture);
                var evidence = new ScriptArray();
                foreach (var finding in topic.Findings)
                {
                    foreach (var table in finding.Evidence.Tables ?? [])
                    {
                        var id = "evidence-" + (++evidenceIds).ToString(CultureInfo.InvariantCulture);
                        var earlier = dedup.ShownBefore(table, anchor + ":" + id);
                        if (earlier is not null && earlier.StartsWith(anchor + ":", StringComparison.Ordinal))
                        {
                            continue;
                        }

                        evidence.Add(BuildEvidenceItem("table", id, finding, earlier, text.Table(table), null, anchor));
                    }

                    foreach (var chart in finding.Evidence.Charts ?? [])
                    {
                        var id = "evidence-" + (++evidenceIds).ToString(CultureInfo.InvariantCulture);
                        var earlier = dedup.ShownBefore(chart, anchor + ":" + id);
                        if (earlier is not null && earlier.StartsWith(anchor + ":", StringComparison.Ordinal))
                        {
                            continue;
                        }

                        var entry = new ChartEntry(text.Chart(chart), "chart-" + (++chartIds).ToString(CultureInfo.InvariantCulture));
                        evidence.Add(BuildEvidenceItem("chart", id, finding, earlier, null, entry, anchor));
                    }
                }

                familyTopics.Add(new ScriptObject
                {
                    ["anchor"] = anchor,
                    ["subject"] = Text(topic.Subject),
                    ["is_dataset"] = topic.Subject is null,
                    ["worst"] = Severity(topic.Findings[0].Severity, strings),
                    ["counts"] = SeverityCounts(topic.Findings, strings),
                    ["findings"] = Array(topic.Findings, f => BuildFinding(f, report, strings, text, numbers[f], anchor)),
                    ["evidence"] = evidence,
                });
            }

            families.Add(new ScriptObject
            {
                ["key"] = Key(family.Key),
                ["label"] = Text(strings["family." + Key(family.Key)]),
                ["count"] = family.Sum(t => t.Findings.Count),
                ["topics"] = familyTopics,
            });
        }

        // One line per problem: findings of one family about the same column and group say one thing.
        var attention = active
            .Where(f => f.Severity >= Sdk.Severity.Warning)
            .GroupBy(f => (f.Family, f.Location.Column, f.Location.Group))
            .Select(g => Ranked(g).ToList())
            .OrderByDescending(g => g[0].Severity)
            .ThenByDescending(g => FindingEffect.Of(g[0]))
            .ToList();

        var suppressedIds = 0;
        return new ScriptObject
        {
            ["families"] = families,
            ["attention"] = Array(attention.Take(AttentionLines), g => BuildAttentionLine(g, report, strings, text, numbers)),
            ["attention_more"] = Math.Max(0, attention.Count - AttentionLines),
            ["attention_count"] = attention.Count,
            ["suppressed"] = Array(report.Findings.Where(f => !f.IsActive), f => BuildFinding(f, report, strings, text, ++suppressedIds, null, "suppressed-")),
        };
    }

    private static ScriptObject BuildEvidenceItem(string kind, string id, Finding finding, string? earlier, EvidenceTable? table, ChartEntry? chart, string topicAnchor) => new()
    {
        ["kind"] = kind,
        ["anchor"] = id,
        ["rule_id"] = Text(finding.RuleId),
        ["repeat_of"] = earlier is null ? null : Text(earlier[(earlier.IndexOf(':', StringComparison.Ordinal) + 1)..]),
        ["title"] = Text(table?.Title ?? chart?.Spec.Title),
        ["table"] = table is null ? null : new ScriptObject
        {
            ["title"] = Text(table.Title),
            ["columns"] = Texts(table.Columns),
            ["rows"] = Array(table.Rows, row => Array(row, cell => new ScriptObject
            {
                ["text"] = Text(cell),
                ["numeric"] = LooksNumeric(cell),
            })),
        },
        ["chart"] = chart,
        ["topic"] = topicAnchor,
    };

    private static ScriptObject BuildAttentionLine(List<Finding> group, AuditReport report, UiStrings strings, ReportText text, Dictionary<Finding, int> numbers)
    {
        var lead = group[0];
        var metric = FindingEffect.KeyMetric(lead);
        return new ScriptObject
        {
            ["severity"] = Severity(lead.Severity, strings),
            ["title"] = Text(text.RuleTitle(lead.RuleId, RuleTitleOf(report, lead.RuleId))),
            ["column"] = Text(lead.Location.Column),
            ["group"] = Text(lead.Location.Group),
            ["metric"] = metric is null ? null : BuildMetric(metric, text),
            ["rule_ids"] = Texts(group.Select(f => f.RuleId).Distinct(StringComparer.Ordinal)),
            ["anchor"] = "finding-" + numbers[lead].ToString(CultureInfo.InvariantCulture),
            ["family"] = Text(strings["family." + Key(lead.Family)]),
        };
    }

    private static ScriptObject BuildFinding(Finding finding, AuditReport report, UiStrings strings, ReportText text, int number, string? topicAnchor, string prefix = "finding-")
    {
        var location = finding.Location;
        var rows = location.Rows is { Count: > 0 } r ? string.Join(", ", r.Select(i => i.ToString(CultureInfo.InvariantCulture))) : null;
        var hasEvidence = (finding.Evidence.Tables?.Count ?? 0) + (finding.Evidence.Charts?.Count ?? 0) > 0;
        return new ScriptObject
        {
            ["anchor"] = prefix + number.ToString(CultureInfo.InvariantCulture),
            ["topic"] = topicAnchor,
            ["rule_id"] = Text(finding.RuleId),
            ["rule_title"] = Text(text.RuleTitle(finding.RuleId, RuleTitleOf(report, finding.RuleId))),
            ["family"] = new ScriptObject { ["key"] = Key(finding.Family), ["label"] = Text(strings["family." + Key(finding.Family)]) },
            ["severity"] = Severity(finding.Severity, strings),
            ["message"] = MessageHtml(finding, report, text),
            ["check"] = Text(finding.Check),
            ["location"] = new ScriptObject
            {
                ["column"] = Text(location.Column),
                ["group"] = Text(location.Group),
                ["rows"] = Text(rows),
                ["is_dataset"] = location.Column is null && location.Group is null && rows is null,
            },
            ["metrics"] = Array(finding.Evidence.Metrics ?? [], m => BuildMetric(m, text)),
            ["has_evidence"] = hasEvidence,
            ["suppression"] = finding.Suppression is null ? null : new ScriptObject
            {
                ["justification"] = Text(finding.Suppression.Justification),
                ["source"] = Text(finding.Suppression.Source),
            },
            // A suppressed finding is not part of a topic, so it shows its own evidence.
            ["tables"] = topicAnchor is null ? Array(finding.Evidence.Tables ?? [], t => (object?)TableObject(text.Table(t))) : new ScriptArray(),
        };
    }

    private static ScriptObject TableObject(EvidenceTable table) => new()
    {
        ["title"] = Text(table.Title),
        ["columns"] = Texts(table.Columns),
        ["rows"] = Array(table.Rows, row => Array(row, cell => new ScriptObject { ["text"] = Text(cell), ["numeric"] = LooksNumeric(cell) })),
    };

    private static ScriptObject BuildMetric(EvidenceMetric metric, ReportText text) => new()
    {
        ["id"] = Text(metric.Name),
        ["name"] = Text(text.MetricName(metric.Name)),
        ["value"] = metric.Value,
        ["lower"] = metric.Lower,
        ["upper"] = metric.Upper,
        ["threshold"] = metric.Threshold,
    };

    private static ScriptArray SeverityCounts(IReadOnlyList<Finding> findings, UiStrings strings) =>
        Array(findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key), g => new ScriptObject
        {
            ["severity"] = Severity(g.Key, strings),
            ["count"] = g.Count(),
        });

    // Already HTML: the arguments are isolated in <bdi> (see IsolatedMessage), the rest escaped.
    private static string MessageHtml(Finding finding, AuditReport report, ReportText text)
    {
        var english = report.Rules.FirstOrDefault(r => string.Equals(r.Id, finding.RuleId, StringComparison.Ordinal))?.MessageFormat;
        var shown = text.Translate(finding.Message);
        var format = english is null || string.Equals(shown, finding.Message, StringComparison.Ordinal) ? english : text.RuleMessageFormat(finding.RuleId, english);
        return IsolatedMessage.Render(shown, format);
    }

    private static string RuleTitleOf(AuditReport report, string ruleId) =>
        report.Rules.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.Ordinal))?.Title ?? ruleId;

    // A cell that is a number, an interval or a percentage is set right-aligned and never wraps.
    private static bool LooksNumeric(string cell)
    {
        var digits = 0;
        foreach (var ch in cell)
        {
            if (char.IsDigit(ch))
            {
                digits++;
            }
            else if (char.IsLetter(ch) && ch is not ('E' or 'e' or '×'))
            {
                return false;
            }
        }

        return digits > 0;
    }
}
