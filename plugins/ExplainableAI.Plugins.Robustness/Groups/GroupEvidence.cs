using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// Publishes and shows which sensitive-attribute groups a perturbation hits hardest: per group measurements, and an
/// evidence table worst first. Suppressed groups (fewer than <see cref="SensitiveGroups.MinRows"/> rows) are listed
/// without rates and never published.
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

    /// <summary>
    /// The evidence with a table of the groups (worst first, suppressed groups last) and the worst group's rate as a
    /// metric added, or unchanged when there are no groups.
    /// </summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="title">The table's caption, which names the perturbation (each finding's own).</param>
    /// <param name="impacts">The impacts.</param>
    /// <param name="metric">The name of the worst group's rate metric.</param>
    /// <param name="rate">The header of the rate.</param>
    /// <param name="change">The header of the mean change.</param>
    /// <returns>The evidence.</returns>
    public static Evidence With(Evidence evidence, string title, IReadOnlyList<GroupImpact> impacts, string metric = "worst_group_flip_rate", string rate = Words.FlipRate, string change = Words.MeanScoreChange)
    {
        if (impacts.Count == 0)
        {
            return evidence;
        }

        var ranked = Ranked(impacts);
        var rows = ranked.Select(i => (IReadOnlyList<string>)[
                i.Group,
                Cells.Integer(i.Rows),
                Cells.Percent(i.FlipRate),
                Cells.Fixed(i.MeanAbsScoreChange, 4)])
            .Concat(Suppressed(impacts).Select(i => (IReadOnlyList<string>)[i.Group, SuppressedRows, Cells.Suppressed, Cells.Suppressed]))
            .ToList();
        var table = new EvidenceTable(title, [Words.Group, Words.Rows, rate, change], rows);
        var metrics = evidence.Metrics ?? [];
        if (ranked.Count > 0)
        {
            metrics = [.. metrics, new EvidenceMetric(metric, ranked[0].FlipRate)];
        }

        return evidence with { Metrics = metrics, Tables = [.. evidence.Tables ?? [], table] };
    }

    /// <summary>
    /// One table of the groups' flip rates across the levels of one perturbation, ranked by the last (strongest) level;
    /// suppressed groups last, without rates.
    /// </summary>
    /// <param name="title">The table's caption.</param>
    /// <param name="headers">The header of each level's column.</param>
    /// <param name="impacts">Per level, the impacts (same groups in the same order).</param>
    /// <returns>The table, or <see langword="null"/> when there are no groups.</returns>
    public static EvidenceTable? Across(string title, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<GroupImpact>> impacts)
    {
        if (impacts.Count == 0 || impacts[^1].Count == 0)
        {
            return null;
        }

        var order = Ranked(impacts[^1]).Concat(Suppressed(impacts[^1])).ToList();
        var rows = order.Select(g => (IReadOnlyList<string>)[
            g.Group,
            g.Suppressed ? SuppressedRows : Cells.Integer(g.Rows),
            .. impacts.Select(level => g.Suppressed ? Cells.Suppressed : Cells.Percent(level.Single(i => i.Group == g.Group).FlipRate))]).ToList();
        return new EvidenceTable(title, [Words.Group, Words.Rows, .. headers], rows);
    }

    private static string SuppressedRows => "< " + Cells.Integer(SensitiveGroups.MinRows);

    private static IEnumerable<GroupImpact> Suppressed(IReadOnlyList<GroupImpact> impacts) =>
        impacts.Where(i => i.Suppressed).OrderBy(i => i.Group, StringComparer.Ordinal);
}
