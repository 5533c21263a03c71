using ExplainableAI.Data.Csv;
using ExplainableAI.Data.Files;
using ExplainableAI.Data.Parquet;
using ExplainableAI.Sdk;

namespace ExplainableAI.Data;

/// <summary>
/// Loads a CSV or Parquet file into a <see cref="TabularData"/> whose identity (file name, path, SHA-256) the audit
/// report records.
/// </summary>
/// <remarks>
/// <para>
/// CSV files (.csv, .tsv, .txt) are UTF-8 with or without a BOM, have a header row, follow RFC 4180 quoting, and use
/// ',', ';' or tab as delimiter: the one that gives the header the most fields outside quotes (',' on a tie) unless
/// <see cref="DataLoadOptions.Delimiter"/> says otherwise. Column names and values are trimmed of surrounding
/// whitespace; blank lines are skipped. Empty cells and "NA", "NaN", "null" (ignoring case) are missing values (NaN).
/// A column is Boolean when every present value is "true" or "false" (ignoring case; yes/no and 0/1 are not guessed),
/// Numeric when every present value is a number in invariant culture (and when every value is missing), and
/// Categorical otherwise, with levels in order of first appearance. Two exceptions are refused rather than read as
/// categorical, because they are measurements misread: a column whose every text value is a number with a decimal comma
/// (0,964), and a column of numbers of which at most one value in twenty is other text. A declared type avoids both.
/// </para>
/// <para>
/// Limits (hostile input is refused before it exhausts memory): at least one data row; at most 16,384 columns; a CSV row
/// of at most 8 Mi characters and a value of at most 1 Mi characters; no NUL byte in a CSV file.
/// </para>
/// <para>
/// Parquet files (.parquet) map integer, floating-point and decimal columns to Numeric, boolean columns to Boolean and
/// string columns to Categorical; nulls are missing values.
/// </para>
/// <para>
/// Every problem with the input is an <see cref="InvalidAuditInputException"/> naming the file and, for CSV, the
/// 1-based line and column. The column is the 1-based field number, except for invalid UTF-8 and for a quote that
/// is never closed, where it is the 1-based character position in the line.
/// </para>
/// </remarks>
public sealed class DatasetLoader
{
    /// <summary>Loads a data file.</summary>
    /// <param name="path">The file; its extension chooses the format.</param>
    /// <param name="options">Delimiter and column type overrides; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The dataset, named after the file, with <see cref="TabularData.Path"/> as given and the file's SHA-256.</returns>
    /// <exception cref="InvalidAuditInputException">The file is missing, not a regular file, of an unsupported type, or malformed.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or the delimiter cannot delimit.</exception>
    public TabularData Load(string path, DataLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new DataLoadOptions();
        if (options.Delimiter is '"' or '\r' or '\n')
        {
            throw new ArgumentException("The delimiter cannot be a quote or a line break.", nameof(options));
        }

        if (options.ColumnTypes is { } declared && declared.Values.Any(kind => !Enum.IsDefined(kind)))
        {
            throw new ArgumentException("A declared column type is not a defined ColumnKind.", nameof(options));
        }

        // Before anything opens it: a FIFO would block the open itself, /dev/zero would never end.
        InputFile.Require(path, DataFile.Description);

        cancellationToken.ThrowIfCancellationRequested();
        var data = System.IO.Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" or ".TSV" or ".TXT" => CsvDatasetReader.Read(path, options, cancellationToken),
            ".PARQUET" => ParquetDatasetReader.Read(path, options, cancellationToken),
            var other => throw new InvalidAuditInputException(
                $"The file type '{other}' is not supported; expected one of .csv, .tsv, .txt or .parquet.", path),
        };

        // Every statistic of an empty file is undefined, and a gate that passes on no rows has checked nothing.
        return data.RowCount > 0
            ? data
            : throw new InvalidAuditInputException("The file has no rows, only column names; expected at least one data row.", path);
    }
}
