using System.Buffers;
using ExplainableAI.Plugins.Drift.Statistics;

namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>
/// One dataset's non-missing values of a column, prepared once: numbers sorted ascending (shared by K-S, Wasserstein and
/// the quantile bins), categories counted by level name (so two datasets whose level indices differ still line up).
/// The sorted numbers live in a pooled array: dispose the sample when the comparison is done.
/// </summary>
internal sealed class ColumnSample : IDisposable
{
    private double[]? sorted;
    private readonly int count;

    private ColumnSample(ColumnKind kind, int rows, int missing, double[]? sorted, int count, Dictionary<string, long> counts, List<string> order)
    {
        Kind = kind;
        Rows = rows;
        Missing = missing;
        this.sorted = sorted;
        this.count = count;
        Counts = counts;
        Order = order;
    }

    /// <summary>The column's kind.</summary>
    public ColumnKind Kind { get; }

    /// <summary>Rows examined, missing included.</summary>
    public int Rows { get; }

    /// <summary>Rows missing.</summary>
    public int Missing { get; }

    /// <summary>Non-missing values.</summary>
    public int Count => Kind == ColumnKind.Numeric ? count : (int)Counts.Values.Sum();

    /// <summary>Missing share of <see cref="Rows"/> (NaN with no rows).</summary>
    public double MissingRate => Rows == 0 ? double.NaN : (double)Missing / Rows;

    /// <summary>Numeric values ascending (empty for categorical columns).</summary>
    /// <exception cref="ObjectDisposedException">The sample was disposed.</exception>
    public ReadOnlySpan<double> Sorted => Kind != ColumnKind.Numeric
        ? []
        : sorted is { } values ? values.AsSpan(0, count) : throw new ObjectDisposedException(nameof(ColumnSample));

    /// <summary>Category counts by level name (categorical and boolean columns).</summary>
    public Dictionary<string, long> Counts { get; }

    /// <summary>Level names in first-seen order of the dataset's level list.</summary>
    public List<string> Order { get; }

    /// <summary>Prepares a column, optionally restricted to some rows.</summary>
    /// <param name="column">The column.</param>
    /// <param name="rows">The rows to use, or <see langword="null"/> for all.</param>
    /// <returns>The sample.</returns>
    public static ColumnSample From(DataColumn column, IReadOnlyList<int>? rows = null)
    {
        var values = column.Values;
        var n = rows?.Count ?? values.Length;
        if (column.Kind == ColumnKind.Numeric)
        {
            var sortedValues = RadixSort.SortedNonMissing(column.Values, rows, out var kept);
            return new ColumnSample(ColumnKind.Numeric, n, n - kept, sortedValues, kept, [], []);
        }

        var levelCounts = new long[column.Levels.Count];
        var missing = 0;
        for (var i = 0; i < n; i++)
        {
            var v = values[rows is null ? i : rows[i]];
            if (double.IsNaN(v))
            {
                missing++;
            }
            else
            {
                levelCounts[(int)v]++;
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var l = 0; l < levelCounts.Length; l++)
        {
            var name = column.Levels[l];
            if (counts.TryGetValue(name, out var existing))
            {
                counts[name] = existing + levelCounts[l];
            }
            else
            {
                counts.Add(name, levelCounts[l]);
                order.Add(name);
            }
        }

        return new ColumnSample(column.Kind, n, missing, null, 0, counts, order);
    }

    /// <summary>A numeric sample from raw values (model scores); NaN are missing.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The sample.</returns>
    public static ColumnSample FromValues(double[] values) =>
        From(new DataColumn("values", ColumnKind.Numeric, values));

    /// <summary>Returns the sorted values to the pool.</summary>
    public void Dispose()
    {
        if (sorted is { } values)
        {
            sorted = null;
            ArrayPool<double>.Shared.Return(values);
        }
    }
}
