using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// How well one feature predicts a sensitive attribute: for each group of the attribute (<see cref="SensitiveGroups"/>) with
/// at least the minimum rows inside and outside it, the AUROC of the feature's value for membership, folded as max(A, 1 − A)
/// because a proxy works in either direction; the strength is the largest over the groups. A categorical feature scores each
/// row by the group's share among the rows of its level (the best ordering its levels can give, in-sample). Rows missing
/// either value are left out.
/// </summary>
/// <param name="Auroc">The folded AUROC, from 0.5 (no information) to 1 (the feature separates the group perfectly).</param>
/// <param name="Group">The group it separates best (<c>sex=F</c>).</param>
internal sealed record ProxyStrength(double Auroc, string Group)
{
    public static ProxyStrength? Measure(DataColumn feature, bool categorical, DataColumn attribute, int minGroupRows)
    {
        var (codes, labels) = SensitiveGroups.Of(attribute);
        var rows = Enumerable.Range(0, feature.Length).Where(r => !double.IsNaN(codes[r]) && !feature.IsMissing(r)).ToArray();
        var values = rows.Select(r => feature.Values[r]).ToArray();
        ProxyStrength? best = null;
        for (var g = 0; g < labels.Count; g++)
        {
            var member = rows.Select(r => codes[r] == g).ToArray();
            var inside = member.Count(m => m);
            if (inside < minGroupRows || rows.Length - inside < minGroupRows)
            {
                continue;
            }

            var scores = categorical ? LevelShares(values, member) : values;
            var auroc = Sdk.Statistics.Auroc.Of(scores, member);
            var folded = Math.Max(auroc, 1 - auroc);
            if (!double.IsNaN(folded) && (best is null || folded > best.Auroc))
            {
                best = new ProxyStrength(folded, labels[g]);
            }
        }

        return best;
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
