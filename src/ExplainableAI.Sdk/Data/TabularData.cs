namespace ExplainableAI.Sdk;

/// <summary>A dataset loaded into columns, with the identity the report records (path, SHA-256).</summary>
public sealed class TabularData
{
    private readonly Dictionary<string, DataColumn> byName;

    /// <summary>Creates a dataset.</summary>
    /// <param name="name">A display name, usually the file name.</param>
    /// <param name="columns">The columns, all of the same length, with unique names.</param>
    /// <param name="path">The file the data came from, if any.</param>
    /// <param name="sha256">The SHA-256 of that file (lower-case hex), if any.</param>
    public TabularData(string name, IReadOnlyList<DataColumn> columns, string? path = null, string? sha256 = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        byName = new Dictionary<string, DataColumn>(StringComparer.Ordinal);
        var rows = columns.Count == 0 ? 0 : columns[0].Length;
        foreach (var column in columns)
        {
            if (column.Length != rows)
            {
                throw new ArgumentException($"Column '{column.Name}' has {column.Length} rows; expected {rows}.", nameof(columns));
            }

            if (!byName.TryAdd(column.Name, column))
            {
                throw new ArgumentException($"Column '{column.Name}' appears twice.", nameof(columns));
            }
        }

        Name = name;
        Columns = columns;
        RowCount = rows;
        Path = path;
        Sha256 = sha256;
    }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>Source file, if any.</summary>
    public string? Path { get; }

    /// <summary>SHA-256 of the source file, if any.</summary>
    public string? Sha256 { get; }

    /// <summary>The columns in file order.</summary>
    public IReadOnlyList<DataColumn> Columns { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The column with this name.</summary>
    /// <param name="name">Column name (ordinal comparison).</param>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public DataColumn this[string name] =>
        byName.TryGetValue(name, out var column) ? column : throw new KeyNotFoundException($"Dataset '{Name}' has no column '{name}'.");

    /// <summary>Looks up a column by name.</summary>
    /// <param name="name">Column name.</param>
    /// <param name="column">The column when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetColumn(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DataColumn? column) =>
        byName.TryGetValue(name, out column);
}
