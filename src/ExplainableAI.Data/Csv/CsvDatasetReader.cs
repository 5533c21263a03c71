using System.Buffers;
using System.Globalization;
using System.Text;
using ExplainableAI.Data.Files;
using ExplainableAI.Data.Inference;
using ExplainableAI.Sdk;
using nietras.SeparatedValues;

namespace ExplainableAI.Data.Csv;

/// <summary>
/// Reads a UTF-8 CSV file into columns in one pass that parses every cell optimistically as a number straight into the
/// column's array, keeping text (as level codes) only for cells that are not numbers; a column that mixes numbers and
/// text (or is declared as text) is read a second time for just that column, which is rare.
/// </summary>
internal static class CsvDatasetReader
{
    private const int InitialCapacity = 1024;

    // Values allotted before the first row is seen (8 MB): a file of 16,384 columns starts with 64 rows per column, not 1,024.
    private const int InitialValues = 1 << 20;
    private const int CancellationCheckMask = (1 << 12) - 1;

    private static readonly SearchValues<char> PlainNumberChars = SearchValues.Create("0123456789.+-eE");

    /// <summary>Reads the file.</summary>
    /// <param name="path">The CSV file, known to exist.</param>
    /// <param name="options">Delimiter and type overrides.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dataset.</returns>
    public static TabularData Read(string path, DataLoadOptions options, CancellationToken cancellationToken)
    {
        var delimiter = options.Delimiter ?? DelimiterDetector.Detect(path);

        // Hashing and UTF-8 validation read the file on a second core while this one parses it; both reads are
        // sequential, so the second is served from the page cache.
        var fingerprint = Task.Run(() => CheckedUtf8Stream.Fingerprint(path, cancellationToken), cancellationToken);
        string[] names;
        ColumnKind?[] declared;
        CsvColumnBuffer[] buffers;
        int rowCount;
        try
        {
            using var text = new StreamReader(DataFile.OpenRead(path), Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
            using var reader = CreateReader(delimiter, text);
            if (!MoveNext(reader, path, line: 1))
            {
                throw new InvalidAuditInputException("The file is empty; expected a header row with the column names.", path, 1, 1);
            }

            names = ReadHeader(reader.Current, path);
            declared = ColumnOverrides.Resolve(options.ColumnTypes, names, path);
            buffers = new CsvColumnBuffer[names.Length];
            var capacity = Math.Clamp(InitialValues / names.Length, 16, InitialCapacity);
            for (var c = 0; c < buffers.Length; c++)
            {
                buffers[c] = new CsvColumnBuffer(capacity);
            }

            rowCount = ReadRows(reader, path, text.BaseStream.Length, buffers, cancellationToken);
        }
        catch (InvalidAuditInputException)
        {
            // Bytes that are not UTF-8 explain any parsing problem they cause, so that error wins.
            fingerprint.GetAwaiter().GetResult();
            throw;
        }

        var sha256 = fingerprint.GetAwaiter().GetResult();
        var columns = new DataColumn[names.Length];
        var needText = new List<int>();
        for (var c = 0; c < names.Length; c++)
        {
            var buffer = buffers[c];
            if (buffer.Values.Length != rowCount)
            {
                var exact = new double[rowCount];
                Array.Copy(buffer.Values, exact, rowCount);
                buffer.Values = exact;
            }

            var kind = declared[c];
            if (buffer.Levels is null)
            {
                if (kind is null or ColumnKind.Numeric)
                {
                    columns[c] = new DataColumn(names[c], ColumnKind.Numeric, buffer.Values);
                }
                else
                {
                    needText.Add(c);
                }
            }
            else if (kind == ColumnKind.Numeric)
            {
                throw NotANumber(path, buffer.LevelLines[0], c, names[c], buffer.Levels.Levels[0]);
            }
            else
            {
                if (kind is null)
                {
                    var numbers = rowCount - buffer.TextCount - CountMissing(buffer.Values);
                    MisreadNumbers.ThrowIfMisread(path, names[c], c, buffer.Levels.Levels, buffer.LevelLines, numbers, buffer.TextCount);
                }

                if (buffer.HasNumber)
                {
                    needText.Add(c);
                }
                else
                {
                    columns[c] = CreateTextColumn(path, names[c], c, buffer, kind);
                }
            }
        }

        if (needText.Count > 0)
        {
            ReadTextColumns(path, delimiter, needText, buffers, cancellationToken);
            foreach (var c in needText)
            {
                columns[c] = CreateTextColumn(path, names[c], c, buffers[c], declared[c]);
            }
        }

        return new TabularData(System.IO.Path.GetFileName(path), columns, path, sha256);
    }

    private static SepReader CreateReader(char delimiter, TextReader text) =>
        Sep.New(delimiter).Reader(o => o with
        {
            // The header is read as an ordinary row so that its problems are reported as ours, with line and column.
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).From(text);

    // Sep refuses a row longer than it can buffer with NotSupportedException; that is the user's file, so it becomes our error.
    private static bool MoveNext(SepReader reader, string path, int line)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (NotSupportedException e)
        {
            throw RowTooLong(path, line, e);
        }
    }

    private static string[] ReadHeader(SepReader.Row header, string path)
    {
        if (header.ColCount > InputLimits.MaxColumns)
        {
            throw new InvalidAuditInputException(
                $"The header has {header.ColCount} columns; expected at most {InputLimits.MaxColumns} (the column is the 1-based field number of the first one too many).",
                path,
                1,
                InputLimits.MaxColumns + 1);
        }

        CheckLengths(header, path, 1);
        var names = new string[header.ColCount];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < names.Length; c++)
        {
            var name = header[c].Span.Trim().ToString();
            if (name.Length == 0)
            {
                throw new InvalidAuditInputException("The header has an empty column name; expected a name for every column (the column is the 1-based field number).", path, 1, c + 1);
            }

            if (!seen.TryAdd(name, c))
            {
                throw new InvalidAuditInputException($"The header repeats column name '{name}' (first at field {seen[name] + 1}); expected unique column names (the column is the 1-based field number).", path, 1, c + 1, name);
            }

            names[c] = name;
        }

        return names;
    }

    private static int ReadRows(SepReader reader, string path, long fileLength, CsvColumnBuffer[] buffers, CancellationToken cancellationToken)
    {
        var width = buffers.Length;
        var capacity = buffers[0].Values.Length;
        var rowCount = 0;
        long charsSeen = 0;

        // Where the next row starts, for the error when Sep cannot buffer it.
        var nextLine = 2;
        while (MoveNext(reader, path, nextLine))
        {
            var row = reader.Current;
            nextLine = row.LineNumberToExcl;
            var span = row.Span;
            if (span.IsEmpty)
            {
                continue;
            }

            if (span.Length > InputLimits.MaxFieldChars)
            {
                CheckLengths(row, path, row.LineNumberFrom);
            }

            if (row.ColCount != width)
            {
                throw new InvalidAuditInputException(
                    $"The row has {row.ColCount} fields; expected {width} like the header (the column is the 1-based number of the first field that does not match).",
                    path,
                    row.LineNumberFrom,
                    Math.Min(row.ColCount, width) + 1);
            }

            if (rowCount == capacity)
            {
                capacity = GrowCapacity(capacity, rowCount, charsSeen, fileLength);
                foreach (var buffer in buffers)
                {
                    var grown = new double[capacity];
                    Array.Copy(buffer.Values, grown, rowCount);
                    buffer.Values = grown;
                }
            }

            for (var c = 0; c < width; c++)
            {
                var buffer = buffers[c];
                var col = row[c];

                // Sep's own float parser reads a plain number about twice as fast as double.TryParse, but it also
                // accepts thousands separators ("2,3" as 23) and "inf", so it only sees cells made of digits, signs,
                // points and exponents; everything else takes the general path with invariant-culture semantics.
                double value;
                if (col.Span.ContainsAnyExcept(PlainNumberChars) || !col.TryParse(out value))
                {
                    var cell = col.Span.Trim();
                    if (MissingValues.IsMissing(cell))
                    {
                        value = double.NaN;
                    }
                    else if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                    {
                        buffer.Values[rowCount] = buffer.AddText(cell, row.LineNumberFrom);
                        continue;
                    }
                }

                buffer.Values[rowCount] = value;
                buffer.HasNumber |= !double.IsNaN(value);
            }

            charsSeen += span.Length + 1;
            rowCount++;
            if ((rowCount & CancellationCheckMask) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return rowCount;
    }

    // Only rows longer than the field limit can break a limit, so the hot loop calls this rarely.
    private static void CheckLengths(SepReader.Row row, string path, int line)
    {
        if (row.Span.Length > InputLimits.MaxRowChars)
        {
            throw RowTooLong(path, line, innerException: null);
        }

        for (var c = 0; c < row.ColCount; c++)
        {
            if (row[c].Span.Length > InputLimits.MaxFieldChars)
            {
                throw new InvalidAuditInputException(
                    $"The field has {row[c].Span.Length} characters; expected at most {InputLimits.MaxFieldChars} in one value (the column is the 1-based field number).",
                    path,
                    line,
                    c + 1);
            }
        }
    }

    private static InvalidAuditInputException RowTooLong(string path, int line, Exception? innerException) =>
        new(
            $"The row starting here is longer than {InputLimits.MaxRowChars} characters; expected shorter rows (check for a quote that is never closed or a missing line break).",
            path,
            line,
            innerException: innerException);

    // Sizes the columns from the average row length so far, so a large file grows its arrays once rather than
    // doubling (and copying) twenty times.
    private static int GrowCapacity(int capacity, int rowCount, long charsSeen, long fileLength)
    {
        var averageRow = Math.Max(1.0, (double)charsSeen / rowCount);
        var estimate = (long)(fileLength / averageRow * 1.05) + 16;
        var grown = estimate > capacity ? estimate : capacity + (capacity / 2) + 16;
        return (int)Math.Min(grown, Array.MaxLength);
    }

    private static void ReadTextColumns(string path, char delimiter, List<int> columns, CsvColumnBuffer[] buffers, CancellationToken cancellationToken)
    {
        foreach (var c in columns)
        {
            buffers[c].ResetLevels();
        }

        using var text = new StreamReader(DataFile.OpenRead(path), Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        using var reader = CreateReader(delimiter, text);
        reader.MoveNext();
        var row = 0;
        foreach (var record in reader)
        {
            if (record.Span.IsEmpty)
            {
                continue;
            }

            foreach (var c in columns)
            {
                var cell = record[c].Span.Trim();
                var buffer = buffers[c];
                buffer.Values[row] = MissingValues.IsMissing(cell) ? double.NaN : buffer.AddText(cell, record.LineNumberFrom);
            }

            row++;
            if ((row & CancellationCheckMask) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private static DataColumn CreateTextColumn(string path, string name, int column, CsvColumnBuffer buffer, ColumnKind? kind)
    {
        var levels = buffer.Levels?.Levels ?? [];
        return TextColumnFactory.Create(name, buffer.Values, levels, kind, offender =>
        {
            var line = buffer.LevelLines[IndexOf(levels, offender)];
            throw new InvalidAuditInputException(
                $"The column is declared Boolean but holds '{offender}'; expected true or false (ignoring case) or a missing marker (empty, NA, NaN, null). The column is the 1-based field number.",
                path,
                line,
                column + 1,
                name);
        });
    }

    // Text cells hold level codes, so the NaNs left are the missing cells.
    private static int CountMissing(double[] values)
    {
        var count = 0;
        foreach (var value in values)
        {
            if (double.IsNaN(value))
            {
                count++;
            }
        }

        return count;
    }

    private static int IndexOf(IReadOnlyList<string> levels, string level)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            if (string.Equals(levels[i], level, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static InvalidAuditInputException NotANumber(string path, int line, int column, string name, string value) =>
        new(
            $"The column is declared Numeric but holds '{value}'; expected a number in invariant culture (such as 1.5 or -2e3) or a missing marker (empty, NA, NaN, null). The column is the 1-based field number.",
            path,
            line,
            column + 1,
            name);
}
