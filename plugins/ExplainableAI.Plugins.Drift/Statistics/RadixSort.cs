using System.Buffers;

namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>
/// Sorts doubles ascending by a least-significant-digit radix sort on their IEEE bits (six passes of 11 bits), several
/// times faster than a comparison sort on the millions of values a drift check sorts per column. 11-bit digits keep
/// each pass's 2,048 counters and write cursors in the L1 cache (16-bit digits scatter to 65,536 places and thrash the
/// TLB), and a pass whose digit is the same for every key is skipped.
/// </summary>
internal static class RadixSort
{
    private const int SmallArray = 4096;
    private const int Bits = 11;
    private const int Buckets = 1 << Bits;
    private const ulong Mask = Buckets - 1;
    private const int Passes = 6; // 6 × 11 ≥ 64

    /// <summary>Sorts in place. -0 sorts before +0, which compare equal, so every consumer sees the same order as Array.Sort's.</summary>
    /// <param name="values">Values without NaN.</param>
    public static void Sort(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = SortedNonMissing(values, null, out var count);
        sorted.AsSpan(0, count).CopyTo(values);
        ArrayPool<double>.Shared.Return(sorted);
    }

    /// <summary>
    /// The non-missing values (optionally of some rows only) ascending, in an array rented from
    /// <see cref="ArrayPool{T}.Shared"/> that the caller returns. Copying, dropping NaN, mapping to sortable keys and
    /// counting the digits of every pass happen in one read of the input; the last pass writes the doubles back.
    /// </summary>
    /// <param name="values">The column's values; NaN is missing.</param>
    /// <param name="rows">The rows to use, or <see langword="null"/> for all.</param>
    /// <param name="count">The number of non-missing values: the sorted prefix of the returned array.</param>
    /// <returns>A pooled array whose first <paramref name="count"/> elements are the sorted values.</returns>
    public static double[] SortedNonMissing(ReadOnlySpan<double> values, IReadOnlyList<int>? rows, out int count)
    {
        var n = rows?.Count ?? values.Length;
        var result = ArrayPool<double>.Shared.Rent(Math.Max(n, 1));
        if (n < SmallArray)
        {
            var kept = 0;
            for (var i = 0; i < n; i++)
            {
                var v = values[rows is null ? i : rows[i]];
                if (!double.IsNaN(v))
                {
                    result[kept++] = v;
                }
            }

            Array.Sort(result, 0, kept);
            count = kept;
            return result;
        }

        var keys = ArrayPool<ulong>.Shared.Rent(n);
        var buffer = ArrayPool<ulong>.Shared.Rent(n);
        var counts = ArrayPool<int>.Shared.Rent(Buckets * Passes);
        try
        {
            Array.Clear(counts, 0, Buckets * Passes);
            var k = rows is null ? Keys(values, keys, counts) : Keys(values, rows, keys, counts);
            count = k;
            if (k == 0)
            {
                return result;
            }

            var source = keys;
            var target = buffer;
            var last = Passes - 1;
            while (last >= 0 && counts[(last * Buckets) + (int)((source[0] >> (last * Bits)) & Mask)] == k)
            {
                last--; // every key has the same digit: this pass would not move anything
            }

            if (last < 0)
            {
                result.AsSpan(0, k).Fill(Decode(source[0]));
                return result;
            }

            for (var pass = 0; pass <= last; pass++)
            {
                var cursors = counts.AsSpan(pass * Buckets, Buckets);
                var shift = pass * Bits;
                if (cursors[(int)((source[0] >> shift) & Mask)] == k)
                {
                    continue;
                }

                var total = 0;
                for (var b = 0; b < Buckets; b++)
                {
                    var c = cursors[b];
                    cursors[b] = total;
                    total += c;
                }

                if (pass == last)
                {
                    // The last pass writes the decoded doubles straight into the result.
                    for (var i = 0; i < k; i++)
                    {
                        var key = source[i];
                        result[cursors[(int)((key >> shift) & Mask)]++] = Decode(key);
                    }

                    return result;
                }

                for (var i = 0; i < k; i++)
                {
                    var key = source[i];
                    target[cursors[(int)((key >> shift) & Mask)]++] = key;
                }

                (source, target) = (target, source);
            }

            return result; // not reached: the pass at `last` returns
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    private static int Keys(ReadOnlySpan<double> values, ulong[] keys, int[] counts)
    {
        var k = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                keys[k++] = Count(Encode(v), counts);
            }
        }

        return k;
    }

    private static int Keys(ReadOnlySpan<double> values, IReadOnlyList<int> rows, ulong[] keys, int[] counts)
    {
        var k = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var v = values[rows[i]];
            if (!double.IsNaN(v))
            {
                keys[k++] = Count(Encode(v), counts);
            }
        }

        return k;
    }

    private static ulong Count(ulong key, int[] counts)
    {
        for (var p = 0; p < Passes; p++)
        {
            counts[(p * Buckets) + (int)((key >> (p * Bits)) & Mask)]++;
        }

        return key;
    }

    // Order-preserving map: flip all bits of negatives, only the sign bit of positives (branch-free).
    private static ulong Encode(double v)
    {
        var bits = BitConverter.DoubleToInt64Bits(v);
        return (ulong)(bits ^ ((bits >> 63) | long.MinValue));
    }

    private static double Decode(ulong key)
    {
        var bits = (long)key;
        return BitConverter.Int64BitsToDouble(bits ^ ((~bits >> 63) | long.MinValue));
    }
}
