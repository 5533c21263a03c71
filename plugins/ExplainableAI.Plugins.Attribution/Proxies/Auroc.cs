namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The area under the ROC curve as the Mann–Whitney statistic: the probability that a random member scores above a random
/// non-member, ties counted half; one sort, then one pass over groups of tied scores.
/// </summary>
internal static class Auroc
{
    /// <summary>The AUROC of scores (none NaN) against membership; NaN without members or without non-members.</summary>
    public static double Of(ReadOnlySpan<double> scores, ReadOnlySpan<bool> member)
    {
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = scores.ToArray();
        Array.Sort(keys, order);
        double wins = 0;
        long members = 0;
        long othersBelow = 0;
        for (var start = 0; start < keys.Length;)
        {
            long p = 0;
            long q = 0;
            var end = start;
            while (end < keys.Length && keys[end] == keys[start])
            {
                if (member[order[end]])
                {
                    p++;
                }
                else
                {
                    q++;
                }

                end++;
            }

            wins += (p * (double)othersBelow) + (0.5 * p * q);
            members += p;
            othersBelow += q;
            start = end;
        }

        return members == 0 || othersBelow == 0 ? double.NaN : wins / (members * (double)othersBelow);
    }
}
