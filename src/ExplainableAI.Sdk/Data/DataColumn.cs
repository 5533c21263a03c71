using System.Globalization;

namespace ExplainableAI.Sdk;

/// <summary>
/// One column of a dataset, stored as doubles so that checks share one fast representation:
/// numbers as themselves, booleans as 0/1, categories as the index of their level. Missing values are <see cref="double.NaN"/>,
/// never silently 0.
/// </summary>
public sealed class DataColumn
{
    private readonly double[] values;

    /// <summary>Creates a column.</summary>
    /// <param name="name">The column's name as it appears in the header.</param>
    /// <param name="kind">The column's type.</param>
    /// <param name="values">Values, one per row (ownership passes to the column); NaN marks a missing value.</param>
    /// <param name="levels">For categorical columns the level names indexed by value; for boolean columns optional display names of false and true.</param>
    public DataColumn(string name, ColumnKind kind, double[] values, IReadOnlyList<string>? levels = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(values);
        if (kind == ColumnKind.Categorical && levels is null)
        {
            throw new ArgumentException($"Categorical column '{name}' needs its levels.", nameof(levels));
        }

        Name = name;
        Kind = kind;
        this.values = values;
        Levels = levels ?? (kind == ColumnKind.Boolean ? ["false", "true"] : []);
        var missing = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                missing++;
            }
        }

        MissingCount = missing;
    }

    /// <summary>The column's name.</summary>
    public string Name { get; }

    /// <summary>The column's type.</summary>
    public ColumnKind Kind { get; }

    /// <summary>The values, one per row; NaN is missing.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>The values as memory, for code that must hold them across an await.</summary>
    public ReadOnlyMemory<double> ValuesMemory => values;

    /// <summary>Level names of a categorical or boolean column, indexed by value.</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>How many rows are missing.</summary>
    public int MissingCount { get; }

    /// <summary>The number of rows.</summary>
    public int Length => values.Length;

    /// <summary>Whether a row's value is missing.</summary>
    /// <param name="row">Zero-based row index.</param>
    /// <returns><see langword="true"/> when missing.</returns>
    public bool IsMissing(int row) => double.IsNaN(values[row]);

    /// <summary>The row's value as text (invariant culture), or <see langword="null"/> when missing.</summary>
    /// <param name="row">Zero-based row index.</param>
    /// <returns>The text form of the value.</returns>
    public string? FormatValue(int row)
    {
        var v = values[row];
        if (double.IsNaN(v))
        {
            return null;
        }

        return Kind switch
        {
            ColumnKind.Numeric => v.ToString("R", CultureInfo.InvariantCulture),
            _ => Levels[(int)v],
        };
    }
}
