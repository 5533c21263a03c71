using ExplainableAI.Data;
using ExplainableAI.Sdk;

namespace ExplainableAI.Imaging.Datasets;

/// <summary>
/// Reads an image dataset's CSV index: a header with a file column (default <c>file</c>) holding each image's path relative
/// to the index's folder, and any other columns (label, site, scanner, sex, age…) read as in a tabular dataset. Every
/// named file must exist; the first that does not is reported with its line in the index.
/// </summary>
public sealed class ImageIndexReader
{
    /// <summary>The default name of the file column.</summary>
    public const string DefaultFileColumn = "file";

    /// <summary>Reads the index at <paramref name="indexPath"/>.</summary>
    /// <param name="indexPath">The CSV index.</param>
    /// <param name="fileColumn">The column that names each row's image file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="InvalidAuditInputException">The index is malformed, lacks the file column, or names a file that is missing.</exception>
    public ImageDataset Read(string indexPath, string fileColumn = DefaultFileColumn, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileColumn);
        var loader = new DatasetLoader();
        var index = loader.Load(indexPath, cancellationToken: cancellationToken);
        if (!index.TryGetColumn(fileColumn, out var column))
        {
            throw new InvalidAuditInputException(
                $"the image index has no column '{fileColumn}' naming each image file; its columns are {string.Join(", ", index.Columns.Select(c => c.Name))}",
                file: indexPath, line: 1);
        }

        if (column.Kind != ColumnKind.Categorical)
        {
            // File names such as 0001 read as numbers; read again with the file column as text so they keep their digits.
            var types = new Dictionary<string, ColumnKind>(StringComparer.Ordinal) { [fileColumn] = ColumnKind.Categorical };
            index = loader.Load(indexPath, new DataLoadOptions(ColumnTypes: types), cancellationToken);
            column = index[fileColumn];
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(indexPath))!;
        var files = new string[index.RowCount];
        for (var row = 0; row < files.Length; row++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Data rows start on line 2, after the header.
            var line = row + 2;
            var name = column.FormatValue(row);
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new InvalidAuditInputException("the image file is missing from this row", file: indexPath, line: line, field: fileColumn);
            }

            var path = Path.GetFullPath(Path.Combine(folder, name));
            if (!File.Exists(path))
            {
                throw new InvalidAuditInputException($"image file '{name}' does not exist (looked for {path})", file: indexPath, line: line, field: fileColumn);
            }

            files[row] = path;
        }

        return new ImageDataset(index, fileColumn, files);
    }
}
