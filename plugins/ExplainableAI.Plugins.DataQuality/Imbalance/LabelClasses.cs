using System.Buffers;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.DataQuality;

/// <summary>
/// The classes of a label column and their row counts. Categorical and boolean labels have their declared levels as
/// classes (a declared level with no rows is a class with count 0); numeric labels have their distinct values, ascending.
/// </summary>
internal sealed class LabelClasses
{
    private LabelClasses(double[] values, int[] counts, string[] names)
    {
        Values = values;
        Counts = counts;
        Names = names;
        foreach (var c in counts)
        {
            Total += c;
        }
    }

    /// <summary>The stored value of each class (a number, 0/1 or a level index).</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Rows per class.</summary>
    public IReadOnlyList<int> Counts { get; }

    /// <summary>The text of each class.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Rows with a label.</summary>
    public int Total { get; }

    /// <summary>Counts the classes of a label column in O(n log n) for numbers, O(n) for levels.</summary>
    /// <param name="label">The label column.</param>
    /// <returns>The classes.</returns>
    public static LabelClasses Count(DataColumn label)
    {
        if (label.Kind != ColumnKind.Numeric)
        {
            var levels = Math.Max(label.Levels.Count, label.Kind == ColumnKind.Boolean ? 2 : 0);
            var counts = new int[levels];
            foreach (var v in label.Values)
            {
                if (!double.IsNaN(v))
                {
                    counts[(int)v]++;
                }
            }

            var values = new double[levels];
            var names = new string[levels];
            for (var i = 0; i < levels; i++)
            {
                values[i] = i;
                names[i] = ColumnText.Of(label, i);
            }

            return new LabelClasses(values, counts, names);
        }

        var present = label.Length - label.MissingCount;
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(present, 1));
        try
        {
            var n = 0;
            foreach (var v in label.Values)
            {
                if (!double.IsNaN(v))
                {
                    buffer[n++] = v == 0 ? 0 : v;
                }
            }

            var sorted = buffer.AsSpan(0, n);
            sorted.Sort();
            var values = new List<double>();
            var counts = new List<int>();
            for (var start = 0; start < n;)
            {
                var end = start + 1;
                while (end < n && sorted[end] == sorted[start])
                {
                    end++;
                }

                values.Add(sorted[start]);
                counts.Add(end - start);
                start = end;
            }

            return new LabelClasses([.. values], [.. counts], [.. values.Select(v => ColumnText.Of(label, v))]);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }
}
