using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// Publishes and shows which sensitive-attribute groups a perturbation hits hardest: per group measurements, and an
/// evidence table worst first whose title names the worst group. Suppressed groups (fewer than
/// <see cref="SensitiveGroups.MinRows"/> rows) are listed without rates and never published.
/// </summary>
internal static class GroupEvidence
{
    /// <summary>Publishes <c>group_flip_rate</c> and <c>group_mean_abs_score_change</c> with subject <c>&lt;subject&gt;|&lt;group&gt;</c>.</summary>
    /// <param name="context">The check's context.</param>
    /// <param name="subject">The perturbation's subject, such as <c>noise=0.01</c>.</param>
    /// <param name="impacts">The impacts.</param>
    /// <param name="rateName">The measurement name of the rate.</param>
    /// <param name="changeName">The measurement name of the mean change.</param>
    public static void Publish(CheckContext context, string subject, IReadOnlyList<GroupImpact> impacts, string rateName = "group_flip_rate", string changeName = "group_mean_abs_score_change")
    {
        foreach (var impact in impacts.Where(i => !i.Suppressed))
        {
            context.Measure(rateName, impact.FlipRate, subject + "|" + impact.Group);
            if (!double.IsNaN(impact.MeanAbsScoreChange))
            {
                context.Measure(changeName, impact.MeanAbsScoreChange, subject + "|" + impact.Group);
            }
        }
    }

    /// <summary>Unsuppressed groups, worst first: highest flip rate, then highest mean |score change|, then by name.</summary>
    /// <param name="impacts">The impacts.</param>
    /// <returns>The ranking.</returns>
    public static IReadOnlyList<GroupImpact> Ranked(IReadOnlyList<GroupImpact> impacts) =>
        [.. impacts.Where(i => !i.Suppressed)
            .OrderByDescending(i => i.FlipRate)
            .ThenByDescending(i => double.IsNaN(i.MeanAbsScoreChange) ? -1 : i.MeanAbsScoreChange)
            .ThenBy(i => i.Group, StringComparer.Ordinal)];

    /// <summary>The evidence with a table of the groups added, or unchanged when there are no groups.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="what">What the perturbation is, for the title (such as <c>'lactate' missing</c>).</param>
    /// <param name="impacts">The impacts.</param>
    /// <param name="rate">The column name of the rate.</param>
    /// <param name="change">The column name of the mean change.</param>
    /// <returns>The evidence.</returns>
    public static Evidence With(Evidence evidence, string what, IReadOnlyList<GroupImpact> impacts, string rate = "flip rate", string change = "mean |score change|")
    {
        if (impacts.Count == 0)
        {
            return evidence;
        }

        var ranked = Ranked(impacts);
        var worst = ranked.Count > 0 ? ranked[0] : null;
        var title = worst is null
            ? $"Groups hit by {what} (every group suppressed)"
            : string.Create(CultureInfo.InvariantCulture, $"Groups hit by {what}, worst first (worst: {worst.Group}, {rate} {worst.FlipRate:P1})");
        var rows = ranked.Select(i => (IReadOnlyList<string>)[
                i.Group,
                i.Rows.ToString(CultureInfo.InvariantCulture),
                i.FlipRate.ToString("P1", CultureInfo.InvariantCulture),
                double.IsNaN(i.MeanAbsScoreChange) ? "n/a" : i.MeanAbsScoreChange.ToString("F4", CultureInfo.InvariantCulture)])
            .Concat(impacts.Where(i => i.Suppressed).OrderBy(i => i.Group, StringComparer.Ordinal).Select(i => (IReadOnlyList<string>)[
                i.Group,
                $"< {SensitiveGroups.MinRows}",
                "suppressed",
                "suppressed"]))
            .ToList();
        var table = new EvidenceTable(title, ["group", "rows", rate, change], rows);
        var metrics = evidence.Metrics ?? [];
        if (worst is not null)
        {
            metrics = [.. metrics, new EvidenceMetric("worst_group_" + rate.Replace(' ', '_'), worst.FlipRate)];
        }

        return evidence with { Metrics = metrics, Tables = [.. evidence.Tables ?? [], table] };
    }

    /// <summary>
    /// One table of the groups' flip rates across the levels of one perturbation, ranked by the last (strongest) level;
    /// suppressed groups last, without rates.
    /// </summary>
    /// <param name="what">What the perturbation is, for the title.</param>
    /// <param name="levels">The level names, one column each.</param>
    /// <param name="impacts">Per level, the impacts (same groups in the same order).</param>
    /// <returns>The table, or <see langword="null"/> when there are no groups.</returns>
    public static EvidenceTable? Across(string what, IReadOnlyList<string> levels, IReadOnlyList<IReadOnlyList<GroupImpact>> impacts)
    {
        if (impacts.Count == 0 || impacts[^1].Count == 0)
        {
            return null;
        }

        var ranked = Ranked(impacts[^1]);
        var order = ranked.Concat(impacts[^1].Where(i => i.Suppressed).OrderBy(i => i.Group, StringComparer.Ordinal)).ToList();
        var title = ranked.Count == 0
            ? $"Groups hit by {what} (every group suppressed)"
            : string.Create(CultureInfo.InvariantCulture, $"Groups hit by {what}, worst first at {levels[^1]} (worst: {ranked[0].Group}, flip rate {ranked[0].FlipRate:P1})");
        var rows = order.Select(g => (IReadOnlyList<string>)[
            g.Group,
            g.Suppressed ? $"< {SensitiveGroups.MinRows}" : g.Rows.ToString(CultureInfo.InvariantCulture),
            .. impacts.Select(level => g.Suppressed ? "suppressed" : level.Single(i => i.Group == g.Group).FlipRate.ToString("P1", CultureInfo.InvariantCulture))]).ToList();
        return new EvidenceTable(title, ["group", "rows", .. levels.Select(l => "flip rate at " + l)], rows);
    }
}
