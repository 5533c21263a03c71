using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using ExplainableAI.Data.Files;
using ExplainableAI.Data.Inference;
using ExplainableAI.Sdk;
using Parquet;
using Parquet.Schema;

namespace ExplainableAI.Data.Parquet;

/// <summary>Reads a flat Parquet file, row group by row group, into columns.</summary>
internal static class ParquetDatasetReader
{
    /// <summary>Reads the file.</summary>
    /// <param name="path">The Parquet file, known to exist.</param>
    /// <param name="options">Column type overrides (the delimiter does not apply).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dataset.</returns>
    public static TabularData Read(string path, DataLoadOptions options, CancellationToken cancellationToken) =>
        // Parquet.Net only offers an asynchronous API; the loader is synchronous and is not called on a UI thread.
        ReadAsync(path, options, cancellationToken).GetAwaiter().GetResult();

    private static async Task<TabularData> ReadAsync(string path, DataLoadOptions options, CancellationToken cancellationToken)
    {
        string sha256;
        await using (var hashed = DataFile.OpenRead(path))
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(hashed, cancellationToken).ConfigureAwait(false));
        }

        await using var stream = DataFile.OpenRead(path);
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream, parquetOptions: null, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ParquetException or InvalidOperationException or InvalidDataException)
        {
            throw new InvalidAuditInputException($"The file is not a readable Parquet file ({e.Message}); expected a Parquet file.", path, innerException: e);
        }

        await using (reader.ConfigureAwait(false))
        {
            var fields = FlatFields(reader.Schema, path);
            if (fields.Length > InputLimits.MaxColumns)
            {
                throw new InvalidAuditInputException($"The file has {fields.Length} columns; expected at most {InputLimits.MaxColumns}.", path);
            }

            var names = fields.Select(f => f.Name).ToArray();
            var declared = ColumnOverrides.Resolve(options.ColumnTypes, names, path);
            var rowCount = 0L;
            foreach (var group in reader.RowGroups)
            {
                rowCount += group.RowCount;
            }

            if (rowCount > Array.MaxLength)
            {
                throw new InvalidAuditInputException($"The file has {rowCount} rows; expected at most {Array.MaxLength}.", path);
            }

            var sources = fields.Select(f => ParquetColumnSource.Create(f, (int)rowCount, path)).ToArray();
            var offset = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = checked((int)group.RowCount);
                for (var c = 0; c < fields.Length; c++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    try
                    {
                        await ReadChunkAsync(group, fields[c], sources[c], offset, count, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not (InvalidAuditInputException or OperationCanceledException or OutOfMemoryException))
                    {
                        // The footer was readable but the pages are not (cut short, corrupted, or an encoding the decoder
                        // rejects): whatever the decoder throws, the file is at fault.
                        throw new InvalidAuditInputException(
                            $"Row group {g + 1} cannot be read ({e.Message}); expected a complete Parquet file.", path, field: fields[c].Name, innerException: e);
                    }
                }

                offset += count;
            }

            CheckLengths(sources, path);

            var columns = new DataColumn[fields.Length];
            for (var c = 0; c < fields.Length; c++)
            {
                columns[c] = sources[c].ToColumn(declared[c], path);
            }

            return new TabularData(System.IO.Path.GetFileName(path), columns, path, sha256);
        }
    }

    private static void CheckLengths(ParquetColumnSource[] sources, string path)
    {
        foreach (var source in sources)
        {
            for (var row = 0; row < source.Texts.Length; row++)
            {
                if (source.Texts[row] is { Length: > InputLimits.MaxFieldChars } text)
                {
                    throw new InvalidAuditInputException(
                        $"Row {row + 1} holds a string of {text.Length} characters; expected at most {InputLimits.MaxFieldChars} in one value.", path, field: source.Name);
                }
            }
        }
    }

    private static DataField[] FlatFields(ParquetSchema schema, string path)
    {
        foreach (var field in schema.Fields)
        {
            if (field is not DataField { IsArray: false })
            {
                throw new InvalidAuditInputException(
                    "The column is nested (a list, map or struct); expected flat columns of numbers, booleans or strings.",
                    path,
                    field: field.Name);
            }
        }

        return schema.GetDataFields();
    }

    private static ValueTask ReadChunkAsync(ParquetRowGroupReader group, DataField field, ParquetColumnSource source, int offset, int count, CancellationToken cancellationToken) =>
        field.ClrType switch
        {
            var t when t == typeof(double) => ReadNumbersAsync<double>(group, field, source, offset, count, cancellationToken),
            var t when t == typeof(float) => ReadNumbersAsync<float>(group, field, source, offset, count, cancellationToken),
            var t when t == typeof(decimal) => ReadNumbersAsync<decimal>(group, field, source, offset, count, cancellationToken),
            var t when t == typeof(long) => ReadNumbersAsync<long>(group, field, source, offset, count, cancellationToken),
            var t when t == typeof(int) => ReadNumbersAsync<int>(group, field, source, offset, count, cancellationToken),
            var t when t == typeof(short) => ReadNumbersAsync<short>(group, field, source, offset, count, cancellationToken),
            var t when t == typeof(sbyte) => ReadNumbersAsync<sbyte>(group, field, source, offset, count, cancellationToken),
            var t when t == typeof(byte) => ReadNumbersAsync<byte>(group, field, source, offset, count, cancellationToken),
            var t when t == typeof(ushort) => ReadNumbersAsync<ushort>(group, field, source, offset, count, cancellationToken),
            var t when t == typeof(uint) => ReadNumbersAsync<uint>(group, field, source, offset, count, cancellationToken),
            var t when t == typeof(ulong) => ReadNumbersAsync<ulong>(group, field, source, offset, count, cancellationToken),
            var t when t == typeof(bool) => ReadBooleansAsync(group, field, source, offset, count, cancellationToken),
            _ => ReadStringsAsync(group, field, source, offset, count, cancellationToken),
        };

    private static async ValueTask ReadNumbersAsync<T>(ParquetRowGroupReader group, DataField field, ParquetColumnSource source, int offset, int count, CancellationToken cancellationToken)
        where T : struct, INumberBase<T>
    {
        var target = source.Numbers;
        if (field.IsNullable)
        {
            var values = new T?[count];
            await group.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                target[offset + i] = values[i] is { } v ? double.CreateChecked(v) : double.NaN;
            }
        }
        else
        {
            var values = new T[count];
            await group.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                target[offset + i] = double.CreateChecked(values[i]);
            }
        }

    }

    private static async ValueTask ReadBooleansAsync(ParquetRowGroupReader group, DataField field, ParquetColumnSource source, int offset, int count, CancellationToken cancellationToken)
    {
        var values = new bool?[count];
        if (field.IsNullable)
        {
            await group.ReadAsync<bool>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var present = new bool[count];
            await group.ReadAsync<bool>(field, present.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                values[i] = present[i];
            }
        }

        for (var i = 0; i < count; i++)
        {
            source.Numbers[offset + i] = values[i] is { } v ? (v ? 1 : 0) : double.NaN;
        }
    }

    private static async ValueTask ReadStringsAsync(ParquetRowGroupReader group, DataField field, ParquetColumnSource source, int offset, int count, CancellationToken cancellationToken)
    {
        var values = new string?[count];
        await group.ReadAsync(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        values.CopyTo(source.Texts.AsSpan(offset, count));
    }
}
