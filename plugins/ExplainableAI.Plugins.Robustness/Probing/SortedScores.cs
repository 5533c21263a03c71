using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// Rows in ascending order of their scores, sorted once, so that the AUROC of any bootstrap resample (a multiset of those
/// rows, given as a count per row) is one O(n) pass (<see cref="Auroc.OfSorted"/>) instead of a sort per resample. Not
/// thread-safe (reuses buffers).
/// </summary>
internal sealed class SortedScores
{
    private readonly double[] values;
    private readonly int[] rows;
    private readonly byte[] labels;
    private readonly int[] weights;

    /// <summary>Sorts the given rows by their scores.</summary>
    /// <param name="scores">The score per evaluation row.</param>
    /// <param name="rows">The rows to order (finite scores).</param>
    public SortedScores(double[] scores, int[] rows)
    {
        this.rows = (int[])rows.Clone();
        values = [.. rows.Select(r => scores[r])];
        Array.Sort(values, this.rows);
        labels = new byte[rows.Length];
        weights = new int[rows.Length];
    }

    /// <summary>
    /// The AUROC of a resample, each row weighted by how often the resample drew it: the same value as
    /// <see cref="Auroc.Of(ReadOnlySpan{double}, ReadOnlySpan{byte})"/> on the resample written out.
    /// </summary>
    /// <param name="counts">Per evaluation row, how many times the resample drew it.</param>
    /// <param name="outcomes">Per evaluation row, 1 positive or 0 negative.</param>
    /// <returns>The AUROC, or NaN without positives or negatives in the resample.</returns>
    public double Auroc(int[] counts, byte[] outcomes)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            labels[i] = outcomes[row];
            weights[i] = counts[row];
        }

        return Sdk.Statistics.Auroc.OfSorted(values, labels, weights);
    }
}
