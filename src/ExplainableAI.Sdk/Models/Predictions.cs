namespace ExplainableAI.Sdk;

/// <summary>
/// A model's outputs for a batch of rows. Binary classifiers give the positive class's probability per row,
/// multiclass models one probability per class per row (row-major), regressors the predicted value per row.
/// Margins (raw scores before the link function) are present where the model has them.
/// </summary>
public sealed class Predictions
{
    /// <summary>Creates predictions and checks that the shapes agree.</summary>
    /// <param name="task">The model's task.</param>
    /// <param name="rowCount">Number of rows.</param>
    /// <param name="outputNames">Names of the outputs per row: <c>probability</c>; <c>probability_&lt;class&gt;</c> per class; or <c>prediction</c>.</param>
    /// <param name="values">Row-major outputs, <paramref name="rowCount"/> × outputs.</param>
    /// <param name="margins">Row-major margins (1 per row for binary, 1 per class for multiclass), or <see langword="null"/>.</param>
    public Predictions(ModelTask task, int rowCount, IReadOnlyList<string> outputNames, double[] values, double[]? margins = null)
    {
        ArgumentNullException.ThrowIfNull(outputNames);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        if (outputNames.Count == 0 || values.Length != rowCount * outputNames.Count)
        {
            throw new ArgumentException($"{values.Length} values do not match {rowCount} rows × {outputNames.Count} outputs.", nameof(values));
        }

        var marginWidth = task == ModelTask.MulticlassClassification ? outputNames.Count : 1;
        if (margins is not null && margins.Length != rowCount * marginWidth)
        {
            throw new ArgumentException($"{margins.Length} margins do not match {rowCount} rows × {marginWidth}.", nameof(margins));
        }

        Task = task;
        RowCount = rowCount;
        OutputNames = outputNames;
        Values = values;
        // Not a conditional expression: `margins is null ? null : new ReadOnlyMemory<double>(margins)` has the type
        // ReadOnlyMemory<double> (null converts through the array conversion), so a model without margins got an empty,
        // non-null Margins and every writer that trusted it read past its end.
        if (margins is not null)
        {
            Margins = margins;
        }
    }

    /// <summary>The model's task.</summary>
    public ModelTask Task { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Names of the outputs per row.</summary>
    public IReadOnlyList<string> OutputNames { get; }

    /// <summary>Outputs per row, row-major.</summary>
    public ReadOnlyMemory<double> Values { get; }

    /// <summary>Margins per row, row-major, or <see langword="null"/>.</summary>
    public ReadOnlyMemory<double>? Margins { get; }

    /// <summary>Outputs per row.</summary>
    public int OutputCount => OutputNames.Count;

    /// <summary>
    /// The row's score: the positive class's probability (binary), the predicted value (regression),
    /// or the largest class probability (multiclass).
    /// </summary>
    /// <param name="row">Zero-based row.</param>
    /// <returns>The score.</returns>
    public double Score(int row)
    {
        var span = Values.Span;
        if (Task != ModelTask.MulticlassClassification)
        {
            return span[row];
        }

        var best = double.NegativeInfinity;
        foreach (var p in span.Slice(row * OutputCount, OutputCount))
        {
            best = Math.Max(best, p);
        }

        return best;
    }
}
