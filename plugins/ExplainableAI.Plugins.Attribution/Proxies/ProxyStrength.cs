using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Cohorts;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// How well one feature predicts a sensitive attribute: for each group of the attribute's cohorts (the groups every check
/// of the audit names) with at least the minimum rows inside and outside it, the AUROC of the feature's value for
/// membership, folded as max(A, 1 − A) because a proxy works in either direction; the strength is the largest over the
/// groups. A categorical feature scores each row by the group's share among the rows of its level (the best ordering its
/// levels can give, in-sample). Rows missing either value are left out, so the missing-value group is never a candidate.
/// </summary>
/// <param name="Auroc">The folded AUROC, from 0.5 (no information) to 1 (the feature separates the group perfectly).</param>
/// <param name="Group">The group it separates best (<c>sex=F</c>).</param>
/// <param name="Groups">Every candidate group, in cohort order, with its rows and folded AUROC (NaN when it has too few rows inside or outside).</param>
internal sealed record ProxyStrength(double Auroc, string Group, IReadOnlyList<ProxyGroup> Groups)
{
    public static ProxyStrength? Measure(DataColumn feature, bool categorical, CohortGrouping attribute, int minGroupRows)
    {
        var codes = attribute.RowGroups;
        var rows = Enumerable.Range(0, feature.Length).Where(r => !attribute.Groups[codes[r]].Missing && !feature.IsMissing(r)).ToArray();
        var values = rows.Select(r => feature.Values[r]).ToArray();
        var groups = new List<ProxyGroup>();
        for (var g = 0; g < attribute.Groups.Count; g++)
        {
            if (attribute.Groups[g].Missing)
            {
                continue;
            }

            var member = rows.Select(r => codes[r] == g).ToArray();
            var inside = member.Count(m => m);
            var folded = double.NaN;
            if (inside >= minGroupRows && rows.Length - inside >= minGroupRows)
            {
                var scores = categorical ? LevelShares(values, member) : values;
                var auroc = Sdk.Statistics.Auroc.Of(scores, member);
                folded = Math.Max(auroc, 1 - auroc);
            }

            groups.Add(new ProxyGroup(attribute.Groups[g].Subject, inside, folded));
        }

        // The first of equally strong groups, in cohort order, so the named group does not depend on anything else.
        ProxyGroup? best = null;
        foreach (var group in groups)
        {
            if (!double.IsNaN(group.Auroc) && (best is null || group.Auroc > best.Auroc))
            {
                best = group;
            }
        }

        return best is null ? null : new ProxyStrength(best.Auroc, best.Subject, groups);
    }

    private static double[] LevelShares(double[] levels, bool[] member)
    {
        var counts = new Dictionary<double, (int Members, int Total)>();
        for (var i = 0; i < levels.Length; i++)
        {
            var (m, t) = counts.GetValueOrDefault(levels[i]);
            counts[levels[i]] = (m + (member[i] ? 1 : 0), t + 1);
        }

        return [.. levels.Select(l => (double)counts[l].Members / counts[l].Total)];
    }
}
