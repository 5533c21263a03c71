using Microsoft.ML;
using Microsoft.ML.Data;

namespace ExplainableAI.Models;

/// <summary>
/// Reads a <see cref="FeatureMatrixDataView"/> row by row. Missing values: numbers become NaN, text becomes empty
/// (ML.NET's own reading of an empty text field, which one-hot encoding maps to no known level), booleans false.
/// </summary>
internal sealed class FeatureMatrixCursor : DataViewRowCursor
{
    private readonly FeatureMatrixDataView view;
    private readonly double[] values;
    private readonly int width;
    private readonly int rows;
    private long position = -1;

    public FeatureMatrixCursor(FeatureMatrixDataView view)
    {
        this.view = view;
        values = view.Matrix.Values;
        width = view.Matrix.Features.Count;
        rows = view.Matrix.RowCount;
    }

    /// <inheritdoc/>
    public override long Position => position;

    /// <inheritdoc/>
    public override long Batch => 0;

    /// <inheritdoc/>
    public override DataViewSchema Schema => view.Schema;

    /// <inheritdoc/>
    public override bool MoveNext()
    {
        if (position < rows)
        {
            position++;
        }

        return position < rows;
    }

    /// <inheritdoc/>
    public override bool IsColumnActive(DataViewSchema.Column column) => true;

    /// <inheritdoc/>
    public override ValueGetter<DataViewRowId> GetIdGetter() =>
        (ref DataViewRowId id) => id = new DataViewRowId((ulong)position, 0);

    /// <inheritdoc/>
    public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
    {
        var input = view.Columns[column.Index];
        if (input.FeatureIndex < 0)
        {
            // The label and ignored columns: the scoring part of a pipeline never reads them, but the schema must have them.
            return (ref TValue value) => value = default!;
        }

        var f = input.FeatureIndex;
        Delegate getter = input.Type.RawType switch
        {
            var t when t == typeof(float) => (ValueGetter<float>)((ref float v) => v = (float)Current(f)),
            var t when t == typeof(double) => (ValueGetter<double>)((ref double v) => v = Current(f)),
            var t when t == typeof(int) => (ValueGetter<int>)((ref int v) => v = (int)Current(f)),
            var t when t == typeof(long) => (ValueGetter<long>)((ref long v) => v = (long)Current(f)),
            var t when t == typeof(bool) => (ValueGetter<bool>)((ref bool v) => v = Current(f) == 1),
            var t when t == typeof(ReadOnlyMemory<char>) => TextGetter(view.Levels[column.Index], f),
            _ => throw new InvalidOperationException($"Column '{column.Name}' has unsupported type {input.Type}."),
        };

        return getter as ValueGetter<TValue>
            ?? throw new InvalidOperationException($"Column '{column.Name}' is {input.Type}, not {typeof(TValue).Name}.");
    }

    private double Current(int feature) => values[(position * width) + feature];

    private ValueGetter<ReadOnlyMemory<char>> TextGetter(ReadOnlyMemory<char>[] levels, int f) =>
        (ref ReadOnlyMemory<char> v) =>
        {
            var code = Current(f);
            v = double.IsNaN(code) ? ReadOnlyMemory<char>.Empty : levels[(int)code];
        };
}
