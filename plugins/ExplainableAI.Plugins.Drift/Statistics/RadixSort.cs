using System.Buffers;

namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>
/// Sorts doubles without NaN ascending by a least-significant-digit radix sort on their IEEE bits (four passes of 16 bits),
/// several times faster than a comparison sort on the millions of values a drift check sorts per column.
/// </summary>
internal static class RadixSort
{
    private const int SmallArray = 4096;
    private const int Bits = 16;
    private const int Buckets = 1 << Bits;

    /// <summary>Sorts in place. -0 sorts before +0, which compare equal, so every consumer sees the same order as Array.Sort's.</summary>
    /// <param name="values">Values without NaN.</param>
    public static void Sort(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length < SmallArray)
        {
            Array.Sort(values);
            return;
        }

        var n = values.Length;
        var keys = ArrayPool<ulong>.Shared.Rent(n);
        var buffer = ArrayPool<ulong>.Shared.Rent(n);
        var counts = ArrayPool<int>.Shared.Rent(Buckets * 4);
        try
        {
            Array.Clear(counts, 0, Buckets * 4);
            for (var i = 0; i < n; i++)
            {
                // Order-preserving map: flip all bits of negatives, only the sign bit of positives.
                var bits = (ulong)BitConverter.DoubleToInt64Bits(values[i]);
                var key = (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
                keys[i] = key;
                counts[(int)(key & 0xFFFF)]++;
                counts[Buckets + (int)((key >> 16) & 0xFFFF)]++;
                counts[(2 * Buckets) + (int)((key >> 32) & 0xFFFF)]++;
                counts[(3 * Buckets) + (int)(key >> 48)]++;
            }

            var source = keys;
            var target = buffer;
            for (var pass = 0; pass < 4; pass++)
            {
                var offset = pass * Buckets;
                var shift = pass * Bits;
                if (counts[offset + (int)((source[0] >> shift) & 0xFFFF)] == n)
                {
                    continue; // every key has the same digit: this pass would not move anything
                }

                var total = 0;
                for (var b = 0; b < Buckets; b++)
                {
                    var c = counts[offset + b];
                    counts[offset + b] = total;
                    total += c;
                }

                for (var i = 0; i < n; i++)
                {
                    var key = source[i];
                    target[counts[offset + (int)((key >> shift) & 0xFFFF)]++] = key;
                }

                (source, target) = (target, source);
            }

            for (var i = 0; i < n; i++)
            {
                var key = source[i];
                var bits = (key & 0x8000_0000_0000_0000UL) != 0 ? key & 0x7FFF_FFFF_FFFF_FFFFUL : ~key;
                values[i] = BitConverter.Int64BitsToDouble((long)bits);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(counts);
        }
    }
}
