namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// Rows in ascending order of their scores, sorted once, so that the AUROC of any bootstrap resample (a multiset of those
/// rows, given as a count per row) is one O(n) pass instead of a sort per resample.
/// </summary>
internal sealed class SortedScores
{
    private readonly double[] values;
    private readonly int[] rows;

    /// <summary>Sorts the given rows by their scores.</summary>
    /// <param name="scores">The score per evaluation row.</param>
    /// <param name="rows">The rows to order (finite scores).</param>
    public SortedScores(double[] scores, int[] rows)
    {
        this.rows = (int[])rows.Clone();
        values = [.. rows.Select(r => scores[r])];
        Array.Sort(values, this.rows);
    }

    /// <summary>
    /// The AUROC of a resample as the Mann–Whitney statistic with ties counting half, each row weighted by how often the
    /// resample drew it: identical, operation for operation, to <see cref="Auroc.FromScores"/> on the resample written out.
    /// </summary>
    /// <param name="counts">Per evaluation row, how many times the resample drew it.</param>
    /// <param name="outcomes">Per evaluation row, 1 positive or 0 negative.</param>
    /// <returns>The AUROC, or NaN without positives or negatives in the resample.</returns>
    public double Auroc(int[] counts, byte[] outcomes)
    {
        double wins = 0;
        long positives = 0;
        long negativesBelow = 0;
        var i = 0;
        while (i < rows.Length)
        {
            long p = 0;
            long q = 0;
            var value = values[i];
            for (; i < rows.Length && values[i] == value; i++)
            {
                var row = rows[i];
                if (outcomes[row] != 0)
                {
                    p += counts[row];
                }
                else
                {
                    q += counts[row];
                }
            }

            // A tie group the resample missed entirely adds nothing, as in the written-out resample.
            if (p + q == 0)
            {
                continue;
            }

            wins += (p * (double)negativesBelow) + (0.5 * p * q);
            positives += p;
            negativesBelow += q;
        }

        return positives == 0 || negativesBelow == 0 ? double.NaN : wins / (positives * (double)negativesBelow);
    }
}
