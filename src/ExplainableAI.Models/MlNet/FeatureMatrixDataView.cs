using ExplainableAI.Sdk;
using Microsoft.ML;

namespace ExplainableAI.Models;

/// <summary>
/// A <see cref="FeatureMatrix"/> seen as an ML.NET <see cref="IDataView"/> with the model's saved input schema,
/// so a model can be fed without a compile-time row class. ML.NET's in-memory builders are internal, hence this small view.
/// </summary>
internal sealed class FeatureMatrixDataView : IDataView
{
    public FeatureMatrixDataView(DataViewSchema schema, IReadOnlyList<InputColumn> columns, FeatureMatrix matrix)
    {
        Schema = schema;
        Columns = columns;
        Matrix = matrix;
        Levels = new ReadOnlyMemory<char>[columns.Count][];
        for (var c = 0; c < columns.Count; c++)
        {
            var f = columns[c].FeatureIndex;
            Levels[c] = f < 0 ? [] : [.. matrix.LevelsOf(f).Select(level => level.AsMemory())];
        }
    }

    /// <inheritdoc/>
    public bool CanShuffle => false;

    /// <inheritdoc/>
    public DataViewSchema Schema { get; }

    /// <summary>The input columns, in schema order.</summary>
    public IReadOnlyList<InputColumn> Columns { get; }

    /// <summary>The rows.</summary>
    public FeatureMatrix Matrix { get; }

    /// <summary>Per column, the level names as text memory (allocated once, not per row).</summary>
    public ReadOnlyMemory<char>[][] Levels { get; }

    /// <inheritdoc/>
    public long? GetRowCount() => Matrix.RowCount;

    /// <inheritdoc/>
    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
        new FeatureMatrixCursor(this);

    /// <inheritdoc/>
    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [new FeatureMatrixCursor(this)];
}
