using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.DataQuality;

/// <summary>
/// Compares rows of a dataset by index over all columns: values are equal when they are equal numbers (so -0 equals 0)
/// or both missing (NaN equals NaN, whatever its bits). Row hashes are computed once, column by column.
/// </summary>
internal sealed class RowEqualityComparer : IEqualityComparer<int>
{
    private readonly ReadOnlyMemory<double>[] columns;
    private readonly int[] hashes;

    /// <summary>Creates the comparer and hashes every row.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="cancellationToken">Cancels hashing.</param>
    public RowEqualityComparer(TabularData data, CancellationToken cancellationToken)
    {
        columns = new ReadOnlyMemory<double>[data.Columns.Count];
        hashes = new int[data.RowCount];
        for (var c = 0; c < columns.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            columns[c] = data.Columns[c].ValuesMemory;
            var values = columns[c].Span;
            for (var r = 0; r < hashes.Length; r++)
            {
                hashes[r] = HashCode.Combine(hashes[r], Canonical(values[r]));
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(int x, int y)
    {
        if (hashes[x] != hashes[y])
        {
            return false;
        }

        foreach (var column in columns)
        {
            var values = column.Span;
            var a = values[x];
            var b = values[y];
            if (a != b && !(double.IsNaN(a) && double.IsNaN(b)))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public int GetHashCode(int obj) => hashes[obj];

    // One representative per equality class, so equal values hash alike: every NaN, and -0 with 0.
    private static double Canonical(double value) => double.IsNaN(value) ? double.NaN : value == 0 ? 0 : value;
}
