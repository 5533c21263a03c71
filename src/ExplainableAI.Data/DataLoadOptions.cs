using ExplainableAI.Sdk;

namespace ExplainableAI.Data;

/// <summary>How <see cref="DatasetLoader"/> reads a file when the defaults are not enough.</summary>
/// <param name="Delimiter">
/// The CSV field delimiter; <see langword="null"/> detects it from the header line among ',', ';' and tab.
/// Ignored for Parquet files.
/// </param>
/// <param name="ColumnTypes">
/// Column types to use instead of the inferred ones, by exact (ordinal) column name; every name must exist in the file.
/// </param>
public sealed record DataLoadOptions(char? Delimiter = null, IReadOnlyDictionary<string, ColumnKind>? ColumnTypes = null);
