using System.Runtime.InteropServices;
using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// A dataset as one file of raw columns, written once per audit and read by every plugin process: each column is its
/// doubles as bytes, one after another. A <see cref="DataColumn"/> owns a <c>double[]</c>, so a plugin process needs its
/// own copy of each column anyway; this makes that copy one read per column, with no parsing and nothing per row.
/// </summary>
internal static class ColumnFile
{
    public static WireDataset Write(TabularData data, string file)
    {
        var columns = new List<WireColumn>(data.Columns.Count);
        using var handle = File.OpenHandle(file, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        long offset = 0;
        foreach (var column in data.Columns)
        {
            var bytes = MemoryMarshal.AsBytes(column.Values);
            RandomAccess.Write(handle, bytes, offset);
            columns.Add(new WireColumn(column.Name, column.Kind, column.Levels, offset));
            offset += bytes.Length;
        }

        return new WireDataset(data.Name, data.Path, data.Sha256, data.RowCount, file, columns);
    }

    public static TabularData Read(WireDataset dataset)
    {
        using var handle = File.OpenHandle(dataset.File, FileMode.Open, FileAccess.Read, FileShare.Read);
        var columns = new List<DataColumn>(dataset.Columns.Count);
        foreach (var column in dataset.Columns)
        {
            var values = new double[dataset.RowCount];
            var bytes = MemoryMarshal.AsBytes(values.AsSpan());
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(handle, bytes[read..], column.Offset + read);
                if (n == 0)
                {
                    throw new InvalidDataException($"the column file {dataset.File} ends inside column '{column.Name}'");
                }

                read += n;
            }

            columns.Add(new DataColumn(column.Name, column.Kind, values, column.Levels));
        }

        return new TabularData(dataset.Name, columns, dataset.Path, dataset.Sha256);
    }
}
