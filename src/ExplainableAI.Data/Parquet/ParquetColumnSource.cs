using System.Globalization;
using ExplainableAI.Data.Inference;
using ExplainableAI.Sdk;
using Parquet.Schema;

namespace ExplainableAI.Data.Parquet;

/// <summary>The values of one Parquet column gathered across row groups, before they become a <see cref="DataColumn"/>.</summary>
internal sealed class ParquetColumnSource
{
    private static readonly Type[] NumericTypes =
    [
        typeof(double), typeof(float), typeof(decimal), typeof(long), typeof(int), typeof(short), typeof(sbyte),
        typeof(byte), typeof(ushort), typeof(uint), typeof(ulong),
    ];

    private ParquetColumnSource(string name, ColumnKind physical, int rowCount)
    {
        Name = name;
        Physical = physical;
        Numbers = physical == ColumnKind.Categorical ? [] : new double[rowCount];
        Texts = physical == ColumnKind.Categorical ? new string?[rowCount] : [];
    }

    /// <summary>The column name.</summary>
    public string Name { get; }

    /// <summary>What the stored type maps to without an override.</summary>
    public ColumnKind Physical { get; }

    /// <summary>Numbers (or 0/1 for booleans) per row, NaN for nulls; empty for string columns.</summary>
    public double[] Numbers { get; }

    /// <summary>Strings per row, <see langword="null"/> for nulls; empty for other columns.</summary>
    public string?[] Texts { get; }

    /// <summary>Prepares to gather a column, rejecting types that have no meaning for an audit.</summary>
    /// <param name="field">The Parquet field.</param>
    /// <param name="rowCount">The total number of rows.</param>
    /// <param name="path">The file, for error messages.</param>
    /// <returns>The empty source.</returns>
    public static ParquetColumnSource Create(DataField field, int rowCount, string path)
    {
        if (Array.IndexOf(NumericTypes, field.ClrType) >= 0)
        {
            return new ParquetColumnSource(field.Name, ColumnKind.Numeric, rowCount);
        }

        if (field.ClrType == typeof(bool))
        {
            return new ParquetColumnSource(field.Name, ColumnKind.Boolean, rowCount);
        }

        // Parquet.Net reports UTF-8 string columns as ReadOnlyMemory<char> when reading; both are read as strings.
        if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
        {
            return new ParquetColumnSource(field.Name, ColumnKind.Categorical, rowCount);
        }

        throw new InvalidAuditInputException(
            $"The column has type {field.ClrType.Name}; expected a number, boolean or string column.",
            path,
            field: field.Name);
    }

    /// <summary>Makes the column, applying a declared kind if any.</summary>
    /// <param name="declared">The declared kind, or <see langword="null"/> for the stored type's kind.</param>
    /// <param name="path">The file, for error messages.</param>
    /// <returns>The column.</returns>
    public DataColumn ToColumn(ColumnKind? declared, string path)
    {
        var kind = declared ?? Physical;
        if (kind == Physical)
        {
            return Physical == ColumnKind.Categorical ? FromTexts(ColumnKind.Categorical, path) : new DataColumn(Name, Physical, Numbers);
        }

        return Physical switch
        {
            // A boolean read as a number is its 0/1 code.
            ColumnKind.Boolean when kind == ColumnKind.Numeric => new DataColumn(Name, ColumnKind.Numeric, Numbers),
            ColumnKind.Categorical when kind == ColumnKind.Numeric => ParseNumbers(path),
            ColumnKind.Categorical => FromTexts(kind, path),
            _ => FromFormattedNumbers(kind, path),
        };
    }

    private DataColumn ParseNumbers(string path)
    {
        var values = new double[Texts.Length];
        for (var row = 0; row < values.Length; row++)
        {
            var text = Texts[row].AsSpan().Trim();
            if (Texts[row] is null || MissingValues.IsMissing(text))
            {
                values[row] = double.NaN;
            }
            else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out values[row]))
            {
                throw new InvalidAuditInputException(
                    $"The column is declared Numeric but row {row + 1} holds '{Texts[row]}'; expected a number in invariant culture (such as 1.5) or a missing marker (empty, NA, NaN, null).",
                    path,
                    field: Name);
            }
        }

        return new DataColumn(Name, ColumnKind.Numeric, values);
    }

    private DataColumn FromTexts(ColumnKind kind, string path)
    {
        var table = new LevelTable();
        var codes = new double[Texts.Length];
        for (var row = 0; row < codes.Length; row++)
        {
            codes[row] = Texts[row] is { } text ? table.GetOrAdd(text) : double.NaN;
        }

        return TextColumnFactory.Create(Name, codes, table.Levels, kind, offender => throw NotBoolean(offender, path));
    }

    private DataColumn FromFormattedNumbers(ColumnKind kind, string path)
    {
        var table = new LevelTable();
        var codes = new double[Numbers.Length];
        for (var row = 0; row < codes.Length; row++)
        {
            var value = Numbers[row];
            codes[row] = double.IsNaN(value) ? double.NaN : table.GetOrAdd(Format(value));
        }

        return TextColumnFactory.Create(Name, codes, table.Levels, kind, offender => throw NotBoolean(offender, path));
    }

    private string Format(double value) =>
        Physical == ColumnKind.Boolean ? (value == 1 ? "true" : "false") : value.ToString("R", CultureInfo.InvariantCulture);

    private InvalidAuditInputException NotBoolean(string value, string path) =>
        new($"The column is declared Boolean but holds '{value}'; expected true or false.", path, field: Name);
}
